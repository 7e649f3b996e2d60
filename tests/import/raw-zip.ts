import { crc32, deflateRawSync } from 'node:zlib';

export interface RawZipEntry {
  name: string;
  /** The entry's data as stored in the zip (already deflated when method is 8). */
  body: Buffer;
  method: 0 | 8;
  /** What the directory declares; a test may make it lie. */
  size: number;
  crc: number;
}

/**
 * A zip written byte by byte, so tests can make its directory say what the data is not. With
 * `descriptors`, as LibreOffice writes one: each header leaves the sizes and CRC (bit 3) to a
 * descriptor after the data.
 */
export function rawZip(entries: RawZipEntry[], { descriptors = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(descriptors ? 8 : 0, 6);
    local.writeUInt16LE(entry.method, 8);
    if (!descriptors) {
      local.writeUInt32LE(entry.crc, 14);
      local.writeUInt32LE(entry.body.length, 18);
      local.writeUInt32LE(entry.size, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(descriptors ? 16 : 0);
    if (descriptors) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(entry.crc, 4);
      descriptor.writeUInt32LE(entry.body.length, 8);
      descriptor.writeUInt32LE(entry.size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(descriptors ? 8 : 0, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.body.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.body, descriptor);
    centrals.push(central, name);
    offset += local.length + name.length + entry.body.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An honest entry: deflated data, true size and CRC. */
export function deflatedEntry(name: string, data: Buffer): RawZipEntry {
  return { name, body: deflateRawSync(data), method: 8, size: data.length, crc: crc32(data) };
}

/**
 * A real zip bomb: `entries` files of `entryBytes` zero bytes each, deflated (about 1000:1).
 * The one compressed body is reused for every entry, so building it stays cheap.
 */
export function zipBomb(entries: number, entryBytes: number): Buffer {
  const zeros = Buffer.alloc(entryBytes);
  const entry = { ...deflatedEntry('', zeros), body: deflateRawSync(zeros, { level: 9 }) };
  return rawZip(Array.from({ length: entries }, (_, i) => ({ ...entry, name: `word/media/blob${i}.bin` })));
}

/** The names in a zip's central directory, in order (no comment after the directory: as tests write them). */
export function zipEntryNames(zip: Buffer): string[] {
  const end = zip.length - 22;
  const names: string[] = [];
  for (let at = zip.readUInt32LE(end + 16), i = 0; i < zip.readUInt16LE(end + 10); i += 1) {
    const nameEnd = at + 46 + zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, nameEnd));
    at = nameEnd + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}
