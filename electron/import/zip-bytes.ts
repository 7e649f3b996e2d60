import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { openRegularFile } from './local-file';

/** What a zip is read through: a Buffer holding the whole file, or the file read in pieces (FileBytes). */
export interface ZipBytes {
  readonly length: number;
  readUInt16LE(at: number): number;
  readUInt32LE(at: number): number;
  toString(encoding: 'utf8', start: number, end: number): string;
  subarray(start: number, end: number): Buffer;
}

/** Small reads (the zip's headers) come out of pages of this size, each read once. */
const PAGE = 64 * 1024;

/**
 * A zip file read where it is asked, not whole: an import reads the directory, the text and the
 * first bytes of each photo, and the photos, most of a report's bytes, are read later. Reading
 * a 43 MB .docx whole took 27 ms before anything else could start.
 */
export class FileBytes implements ZipBytes {
  private readonly pages = new Map<number, Buffer>();

  private constructor(
    private readonly fd: number,
    readonly length: number,
  ) {}

  static open(path: string): FileBytes {
    const fd = openSync(path, 'r');
    try {
      return new FileBytes(fd, fstatSync(fd).size);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /** A regular file on a local disk, opened without ever blocking (openRegularFile): for paths a report names. */
  static async openLocal(path: string): Promise<FileBytes> {
    const { fd, size } = await openRegularFile(path);
    return new FileBytes(fd, size);
  }

  close(): void {
    closeSync(this.fd);
  }

  readUInt16LE(at: number): number {
    return this.subarray(at, at + 2).readUInt16LE(0);
  }

  readUInt32LE(at: number): number {
    return this.subarray(at, at + 4).readUInt32LE(0);
  }

  toString(encoding: 'utf8', start: number, end: number): string {
    return this.subarray(start, end).toString(encoding);
  }

  /** Bytes `start` to `end`, fewer where the file ends first (as Buffer's subarray). */
  subarray(start: number, end: number): Buffer {
    const from = Math.max(0, start);
    const to = Math.min(this.length, end);
    if (to <= from) return Buffer.alloc(0);
    const page = Math.floor(from / PAGE);
    if (page === Math.floor((to - 1) / PAGE)) return this.page(page).subarray(from - page * PAGE, to - page * PAGE);
    return this.read(from, to);
  }

  private page(index: number): Buffer {
    let page = this.pages.get(index);
    if (!page) {
      page = this.read(index * PAGE, Math.min(this.length, (index + 1) * PAGE));
      this.pages.set(index, page);
    }
    return page;
  }

  private read(from: number, to: number): Buffer {
    const out = Buffer.allocUnsafe(to - from);
    let done = 0;
    while (done < out.length) {
      const n = readSync(this.fd, out, done, out.length - done, from + done);
      if (n === 0) return out.subarray(0, done);
      done += n;
    }
    return out;
  }
}
