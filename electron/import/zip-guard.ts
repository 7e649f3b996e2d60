import { ReportError } from '../../core/errors';

/** Past this, a .docx is a zip bomb or nothing a report writer produces. */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * Reads the zip's central directory and refuses the file before anything is inflated when
 * its entries declare more than MAX_UNZIPPED_BYTES together (ZIP64 entries count as too
 * large: no Word document needs them). A file whose directory cannot be found is damaged.
 */
export function checkZipSize(bytes: Buffer, limit = MAX_UNZIPPED_BYTES): void {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new ReportError('IMPORT_BAD_DOCX', 'no zip end-of-central-directory record');
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ReportError('IMPORT_BAD_DOCX', 'broken zip central directory');
    const size = bytes.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    if (total > limit) throw new ReportError('IMPORT_TOO_LARGE', `zip entries expand past ${limit} bytes`);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
