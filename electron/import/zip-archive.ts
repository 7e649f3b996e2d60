import { promisify } from 'node:util';
import { constants, crc32, inflateRaw, inflateRawSync } from 'node:zlib';
import { ReportError } from '../../core/errors';
import type { ZipBytes } from './zip-bytes';

/** Past this, a .docx is a zip bomb or nothing a report writer produces. */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;
/**
 * What salvage inflates at most: the text of the longest report is a few MB. It keeps the
 * dozen tries of a salvage quick when a damaged entry declares hundreds of MB.
 */
const MAX_SALVAGED_BYTES = 32 * 1024 * 1024;
/** What a head's input may inflate to at most: deflate's best is about 1032 to 1. */
const HEAD_CAP = 8 * 1024 * 1024;

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
 * A .docx's zip, read with Node's zlib (native, off the main thread) rather than a JavaScript
 * inflater (JSZip's took three quarters of a photo-heavy import).
 *
 * The file is refused before anything is inflated when its entries declare more than `limit`
 * together (ZIP64 entries count as too large: no Word document needs them). Each entry is then
 * inflated with its declared size as a hard cap, so a directory that lies cannot expand
 * further, and checked against its CRC, so damage is reported rather than imported.
 *
 * A zip cut short (a copy or download interrupted) loses its directory with its end: it is
 * then read from its start, header by header (`partial`), and what there is of the entry it
 * was cut in is kept apart (`salvage`).
 */
export class ZipArchive {
  /** Entries being inflated ahead of their reader; each is handed over once, then forgotten. */
  private readonly ahead = new Map<string, Promise<Buffer>>();

  private constructor(
    private readonly bytes: ZipBytes,
    private readonly entries: Map<string, ZipEntry>,
    /**
     * The zip's directory was missing or broken (a copy or download cut short): its entries
     * were found by walking the file from its start, up to the first one damaged or cut.
     */
    readonly partial = false,
    /** The entry the file ends in the middle of, when it was cut short: not among the entries. */
    private readonly cutEntry: (ZipEntry & { name: string }) | null = null,
  ) {}

  /**
   * `bytes`: the whole file, or a file read where asked (FileBytes), which must stay open while the archive is read.
   */
  static open(bytes: ZipBytes, limit = MAX_UNZIPPED_BYTES): ZipArchive {
    const directory = centralDirectory(bytes, limit);
    if (directory) return new ZipArchive(bytes, directory);
    // Walked from its start, the file is read whole.
    const whole = Buffer.isBuffer(bytes) ? bytes : bytes.subarray(0, bytes.length);
    const { entries, cut } = localEntries(whole, limit);
    if (entries.size === 0 && !cut) throw damaged('no zip central directory, and no entry from the start');
    return new ZipArchive(whole, entries, true, cut);
  }

  /** The name of the entry the file was cut in, or null. */
  get cut(): string | null {
    return this.cutEntry?.name ?? null;
  }

  /**
   * What can be read of `name` when it cannot be read whole: the file was cut in it (`cut`), or
   * its data is damaged part way. Inflated as far as it goes, so no CRC vouches for it: it is for
   * text checked as it is read (XML), never for pictures. Null where nothing of it is there.
   */
  salvage(name: string): Buffer | null {
    const entry = name === this.cutEntry?.name ? this.cutEntry : this.entries.get(name);
    if (!entry || (entry.method !== STORED && entry.method !== DEFLATED) || entry.flags & 1) return null;
    try {
      const data = this.compressedData(name, entry);
      // A header that leaves its sizes to a descriptor (bit 3) says 0: the size is then unknown.
      return entry.method === STORED
        ? data
        : inflatedAsFarAsItGoes(data, Math.min(entry.size || MAX_SALVAGED_BYTES, MAX_SALVAGED_BYTES));
    } catch {
      return null;
    }
  }

  /** Whether `name` is there and reads whole; it is then read ahead for its reader. */
  async probe(name: string): Promise<boolean> {
    if (!this.entries.has(name)) return false;
    if (!this.ahead.has(name)) this.ahead.set(name, this.inflateEntry(name));
    return this.ahead.get(name)!.then(
      () => true,
      () => false,
    );
  }

  /**
   * Of `names`, drops from the archive those present that cannot be read (damaged data, a bad
   * CRC), so a reader finds them missing rather than failing; the rest are read ahead for it.
   * Returns the names dropped.
   */
  async dropUnreadable(names: readonly string[]): Promise<string[]> {
    const present = names.filter((name) => this.entries.has(name));
    const whole = await Promise.all(present.map((name) => this.probe(name)));
    const dropped = present.filter((_, i) => !whole[i]);
    for (const name of dropped) {
      this.entries.delete(name);
      this.ahead.delete(name);
    }
    return dropped;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** What the zip's directory says `name` holds: its CRC and size, which tell the same entry again. */
  describe(name: string): { crc: number; size: number } | null {
    const entry = this.entries.get(name);
    return entry ? { crc: entry.crc, size: entry.size } : null;
  }

  /**
   * The first `length` bytes `name` inflates to (fewer where it is shorter or damaged), read
   * without inflating the rest: a picture's header, to show it before its bytes are read.
   */
  head(name: string, length: number): Buffer {
    const entry = this.entries.get(name);
    if (!entry || entry.flags & 1) return Buffer.alloc(0);
    try {
      if (entry.method === STORED) return this.compressedData(name, entry, length);
      if (entry.method !== DEFLATED) return Buffer.alloc(0);
      // A picture barely deflates, and deflate adds little to what does not: this much input
      // inflates to at least `length` bytes.
      const input = this.compressedData(name, entry, length + (length >> 4) + 64);
      return inflatedAsFarAsItGoes(input, HEAD_CAP).subarray(0, length);
    } catch {
      return Buffer.alloc(0);
    }
  }

  /** The entries under `folder`, in the zip's order. */
  list(folder: string): string[] {
    return [...this.entries.keys()].filter((name) => name.startsWith(folder));
  }

  /**
   * Starts inflating the entries under `folder` on zlib's threads, so the pictures are ready by
   * the time the text is parsed (which holds the main thread meanwhile). At most
   * `budget` bytes are inflated ahead: the rest waits for its reader, so memory stays bounded.
   * Settles when all it started have (callers need not wait; a failure is the reader's to see).
   */
  prefetch(folder: string, budget: number): Promise<void> {
    let taken = 0;
    const started: Promise<unknown>[] = [];
    for (const name of this.list(folder)) {
      if (this.ahead.has(name)) continue;
      taken += this.entries.get(name)!.size;
      if (taken > budget) break;
      const pending = this.inflateEntry(name);
      // A failure is reported to the reader that asks for the entry, not here.
      started.push(pending.catch(() => {}));
      this.ahead.set(name, pending);
    }
    return Promise.all(started).then(() => {});
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
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw damaged(`${name}: compression method ${entry.method}`);
    const out = entry.method === STORED ? data : await inflated(name, data, entry.size);
    if (out.length !== entry.size || crc32(out) !== entry.crc)
      throw damaged(`${name}: size or CRC does not match the zip directory`);
    return out;
  }

  /** The entry's data as stored, or its first `upTo` bytes (read from a file, only those are read). */
  private compressedData(name: string, entry: ZipEntry, upTo = entry.compressedSize): Buffer {
    const at = entry.localHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_SIGNATURE)
      throw damaged(`${name}: broken local header`);
    // The local header's own name and extra lengths: they may differ from the directory's.
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw damaged(`${name}: data runs past the end of the file`);
    return this.bytes.subarray(start, Math.min(end, start + upTo));
  }
}

/**
 * The output of inflating `data` up to where it ran out or was damaged, at most `cap` bytes: the
 * longest start of it that inflates without an error, found by halving (a dozen tries for a
 * report's text). A sync flush at the end gives what a start inflates to, rather than an error
 * for the rest that is missing.
 */
function inflatedAsFarAsItGoes(data: Buffer, cap: number): Buffer {
  const attempt = (length: number) => {
    try {
      return inflateRawSync(data.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: cap });
    } catch {
      return null;
    }
  };
  const whole = attempt(data.length);
  if (whole) return whole;
  let [good, bad] = [0, data.length];
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    if (attempt(mid)) good = mid;
    else bad = mid;
  }
  return attempt(good) ?? Buffer.alloc(0);
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

/** The entries the zip's central directory lists, or null where it is missing or broken. */
function centralDirectory(bytes: ZipBytes, limit: number): Map<string, ZipEntry> | null {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const { entries, add } = entryList(limit);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameEnd = at + 46 + bytes.readUInt16LE(at + 28);
    if (nameEnd > bytes.length) return null;
    add(bytes.toString('utf8', at + 46, nameEnd), {
      ...headerFields(bytes, at + 8),
      localHeader: bytes.readUInt32LE(at + 42),
    });
    at = nameEnd + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The entries found walking the file from its start, header by header, as a zip whose end (and
 * the directory there) was cut off must be read: up to the first entry that is cut, or whose
 * end cannot be found.
 */
function localEntries(
  bytes: Buffer,
  limit: number,
): { entries: Map<string, ZipEntry>; cut: (ZipEntry & { name: string }) | null } {
  const { entries, add, room } = entryList(limit);
  for (let at = 0; at + 30 <= bytes.length && bytes.readUInt32LE(at) === LOCAL_SIGNATURE; ) {
    const nameEnd = at + 30 + bytes.readUInt16LE(at + 26);
    if (nameEnd > bytes.length) break;
    const name = bytes.toString('utf8', at + 30, nameEnd);
    const found = entryAt(bytes, at, nameEnd + bytes.readUInt16LE(at + 28), room());
    if (!found) break;
    // Cut in this entry: what there is of it is kept apart (salvage).
    if ('cut' in found)
      return { entries, cut: found.cut.size === ZIP64_MARK || found.cut.size > limit ? null : { ...found.cut, name } };
    add(name, found.entry);
    at = found.next;
  }
  return { entries, cut: null };
}

/** The data descriptor's signature, which writers may leave out. */
const DESCRIPTOR_SIGNATURE = 0x08074b50;

/**
 * The entry whose local header is at `at` (its data at `start`) and where the next header
 * starts; `cut`, with what there is of its data, when the file ends inside it; null when its end
 * cannot be found.
 *
 * Word writes each entry's sizes in its header. LibreOffice (bit 3) leaves them to a descriptor
 * after the data: the end of deflated data is where zlib stops inflating it, and the
 * descriptor then gives its CRC and size; stored data of unknown length cannot be walked past.
 */
function entryAt(
  bytes: Buffer,
  at: number,
  start: number,
  room: number,
): { entry: ZipEntry; next: number } | { cut: ZipEntry } | null {
  const fields = { ...headerFields(bytes, at + 6), localHeader: at };
  const cut = { cut: { ...fields, compressedSize: Math.max(0, bytes.length - start) } };
  if (!(fields.flags & 8))
    return start + fields.compressedSize > bytes.length ? cut : { entry: fields, next: start + fields.compressedSize };
  if (fields.method !== DEFLATED) return null;
  let used: number;
  try {
    const { engine } = inflateRawSync(bytes.subarray(start), {
      info: true,
      maxOutputLength: Math.max(room, 1),
    }) as unknown as { engine: { bytesWritten: number } };
    used = engine.bytesWritten;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ReportError('IMPORT_TOO_LARGE', `zip entries expand past the limit`);
    return cut;
  }
  const signed = start + used + 4 <= bytes.length && bytes.readUInt32LE(start + used) === DESCRIPTOR_SIGNATURE;
  const descriptor = start + used + (signed ? 4 : 0);
  if (descriptor + 12 > bytes.length) return cut;
  return {
    entry: {
      ...fields,
      crc: bytes.readUInt32LE(descriptor),
      compressedSize: used,
      size: bytes.readUInt32LE(descriptor + 8),
    },
    next: descriptor + 12,
  };
}

/** The fields a local header and a directory header share, in the same order, from the flags at `at`. */
function headerFields(bytes: ZipBytes, at: number): Omit<ZipEntry, 'localHeader'> {
  return {
    flags: bytes.readUInt16LE(at),
    method: bytes.readUInt16LE(at + 2),
    crc: bytes.readUInt32LE(at + 8),
    compressedSize: bytes.readUInt32LE(at + 12),
    size: bytes.readUInt32LE(at + 16),
  };
}

/**
 * Entries by name (the first of a name wins), adding up what they expand to: the file is refused
 * once past `limit`, before anything is inflated (ZIP64 entries count as too large: no Word
 * document needs them).
 */
function entryList(limit: number): {
  entries: Map<string, ZipEntry>;
  add: (name: string, entry: ZipEntry) => void;
  room: () => number;
} {
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  const add = (name: string, entry: ZipEntry) => {
    total += entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK ? Number.POSITIVE_INFINITY : entry.size;
    if (total > limit) throw new ReportError('IMPORT_TOO_LARGE', `zip entries expand past ${limit} bytes`);
    if (!entries.has(name)) entries.set(name, entry);
  };
  return { entries, add, room: () => limit - total };
}

function findEndOfCentralDirectory(bytes: ZipBytes): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
