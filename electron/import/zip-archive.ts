import { promisify } from 'node:util';
import { crc32, inflateRaw } from 'node:zlib';
import { ReportError } from '../../core/errors';

/** Past this, a .docx is a zip bomb or nothing a report writer produces. */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARK = 0xffffffff;

const inflate = promisify(inflateRaw);

interface ZipEntry {
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/**
 * A .docx's zip, read with Node's zlib (native, off the main thread) rather than mammoth's
 * JSZip, which inflates in JavaScript: three quarters of a photo-heavy import went there.
 *
 * The file is refused before anything is inflated when its entries declare more than `limit`
 * together (ZIP64 entries count as too large: no Word document needs them). Each entry is then
 * inflated with its declared size as a hard cap, so a directory that lies cannot expand
 * further, and checked against its CRC, so damage is reported rather than imported.
 */
export class ZipArchive {
  /** Entries being inflated ahead of their reader; each is handed over once, then forgotten. */
  private readonly ahead = new Map<string, Promise<Buffer>>();

  private constructor(
    private readonly bytes: Buffer,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(bytes: Buffer, limit = MAX_UNZIPPED_BYTES): ZipArchive {
    const eocd = findEndOfCentralDirectory(bytes);
    if (eocd < 0) throw damaged('no zip end-of-central-directory record');
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    let total = 0;
    const entries = new Map<string, ZipEntry>();
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw damaged('broken zip central directory');
      const nameEnd = at + 46 + bytes.readUInt16LE(at + 28);
      if (nameEnd > bytes.length) throw damaged('broken zip central directory');
      const entry: ZipEntry = {
        flags: bytes.readUInt16LE(at + 8),
        method: bytes.readUInt16LE(at + 10),
        crc: bytes.readUInt32LE(at + 16),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localHeader: bytes.readUInt32LE(at + 42),
      };
      total += entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK ? Number.POSITIVE_INFINITY : entry.size;
      if (total > limit) throw new ReportError('IMPORT_TOO_LARGE', `zip entries expand past ${limit} bytes`);
      const name = bytes.toString('utf8', at + 46, nameEnd);
      if (!entries.has(name)) entries.set(name, entry);
      at = nameEnd + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return new ZipArchive(bytes, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entries under `folder`, in the zip's order. */
  list(folder: string): string[] {
    return [...this.entries.keys()].filter((name) => name.startsWith(folder));
  }

  /**
   * Starts inflating the entries under `folder` on zlib's threads, so the pictures are ready by
   * the time mammoth has parsed the text (which holds the main thread meanwhile). At most
   * `budget` bytes are inflated ahead: the rest waits for its reader, so memory stays bounded.
   */
  prefetch(folder: string, budget: number): void {
    let taken = 0;
    for (const name of this.list(folder)) {
      if (this.ahead.has(name)) continue;
      if ((taken += this.entries.get(name)!.size) > budget) return;
      const pending = this.inflateEntry(name);
      // A failure is reported to the reader that asks for the entry, not here.
      pending.catch(() => {});
      this.ahead.set(name, pending);
    }
  }

  read(name: string): Promise<Buffer> {
    const pending = this.ahead.get(name);
    if (!pending) return this.inflateEntry(name);
    this.ahead.delete(name);
    return pending;
  }

  private async inflateEntry(name: string): Promise<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw damaged(`no ${name} in the zip`);
    // Bit 0: encrypted. Word encrypts a whole file differently (it is then no zip at all).
    if (entry.flags & 1) throw damaged(`${name} is encrypted`);
    const data = this.compressedData(name, entry);
    if (entry.method !== STORED && entry.method !== DEFLATED) throw damaged(`${name}: compression method ${entry.method}`);
    const out = entry.method === STORED ? data : await inflated(name, data, entry.size);
    if (out.length !== entry.size || crc32(out) !== entry.crc) throw damaged(`${name}: size or CRC does not match the zip directory`);
    return out;
  }

  private compressedData(name: string, entry: ZipEntry): Buffer {
    const at = entry.localHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) throw damaged(`${name}: broken local header`);
    // The local header's own name and extra lengths: they may differ from the directory's.
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw damaged(`${name}: data runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }
}

/** What mammoth reads a document through (its `{ file }` input): the same calls as its JSZip wrapper. */
export interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

/** `rewrite` sees each part mammoth reads as text (its XML), and its name, before mammoth does. */
export function mammothZipFile(archive: ZipArchive, rewrite: (xml: string, name: string) => string = (xml) => xml): MammothZipFile {
  return {
    exists: (name) => archive.has(name),
    read: async (name, encoding) => {
      const bytes = await archive.read(name);
      if (encoding === 'base64') return bytes.toString('base64');
      return encoding ? rewrite(new TextDecoder(encoding).decode(bytes), name) : bytes;
    },
    // Only mammoth's embedStyleMap writes, and import never calls it.
    write: () => {
      throw new Error('the imported .docx is read-only');
    },
    toArrayBuffer: () => Promise.reject(new Error('the imported .docx is read-only')),
  };
}

async function inflated(name: string, data: Buffer, size: number): Promise<Buffer> {
  if (size === 0) return Buffer.alloc(0);
  try {
    // One chunk for the whole entry: the default 16 KB chunks cost a main-thread round trip each.
    return await inflate(data, { maxOutputLength: size, chunkSize: Math.max(size, 64 * 1024) });
  } catch (err) {
    throw damaged(`${name}: ${(err as Error).message}`);
  }
}

function damaged(detail: string): ReportError {
  return new ReportError('IMPORT_BAD_DOCX', detail);
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
