import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../../electron/import/zip-archive';
import { FileBytes } from '../../electron/import/zip-bytes';
import { tempDir } from '../helpers/files';
import { sampleDocx } from './docx-fixture';
import { deflatedEntry, rawZip } from './raw-zip';

const text = Buffer.from('<w:document>职业教育质量年度报告</w:document>'.repeat(50));

async function readError(zip: Buffer, name: string): Promise<{ code: string; detail?: string }> {
  const err = await ZipArchive.open(zip)
    .read(name)
    .then(
      () => null,
      (e: unknown) => e,
    );
  return (err as { error: { code: string; detail?: string } }).error;
}

describe('a .docx zip read with Node’s zlib', () => {
  it('reads every part of a docx written by the docx library', async () => {
    const archive = ZipArchive.open(await sampleDocx());
    expect(archive.has('word/document.xml')).toBe(true);
    expect(archive.has('word/missing.xml')).toBe(false);
    expect((await archive.read('word/document.xml')).toString('utf8')).toMatch(/^<\?xml[\s\S]*<w:body>/);
    expect((await archive.read('[Content_Types].xml')).toString('utf8')).toContain('<Types');
  });

  it('reads stored and deflated entries', async () => {
    const zip = rawZip([
      deflatedEntry('a.xml', text),
      { name: 'b.xml', body: text, method: 0, size: text.length, crc: crc32(text) },
    ]);
    const archive = ZipArchive.open(zip);
    expect((await archive.read('a.xml')).equals(text)).toBe(true);
    expect((await archive.read('b.xml')).equals(text)).toBe(true);
  });

  it('stops inflating at the size the directory declares: a lying entry is damage, not a bomb', async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const liar = {
      name: 'word/media/a.png',
      body: deflateRawSync(zeros),
      method: 8 as const,
      size: 1000,
      crc: crc32(zeros.subarray(0, 1000)),
    };
    // zlib's own limit stopped it, not a size comparison after inflating 50 MB.
    expect(await readError(rawZip([liar]), 'word/media/a.png')).toMatchObject({
      code: 'IMPORT_BAD_DOCX',
      detail: expect.stringMatching(/larger than 1000 bytes/),
    });
  });

  it('refuses data whose CRC does not match, and a compression method Word never writes', async () => {
    expect(await readError(rawZip([{ ...deflatedEntry('a.xml', text), crc: 12345 }]), 'a.xml')).toMatchObject({
      code: 'IMPORT_BAD_DOCX',
    });
    expect(await readError(rawZip([{ ...deflatedEntry('a.xml', text), method: 12 as 8 }]), 'a.xml')).toMatchObject({
      code: 'IMPORT_BAD_DOCX',
    });
  });

  it('inflates a folder ahead of its reader; a damaged entry fails only for the reader who asks', async () => {
    const zip = rawZip([
      deflatedEntry('word/media/a.png', text),
      { ...deflatedEntry('word/media/b.png', text), crc: 1 },
      deflatedEntry('word/document.xml', text),
    ]);
    const archive = ZipArchive.open(zip);
    // Both inflated, and b.png's failure met, before anyone reads.
    await archive.prefetch('word/media/', 1024 * 1024);
    expect((await archive.read('word/media/a.png')).equals(text)).toBe(true);
    // Handed over once; a second read inflates again rather than holding the bytes for ever.
    expect((await archive.read('word/media/a.png')).equals(text)).toBe(true);
    await expect(archive.read('word/media/b.png')).rejects.toMatchObject({ error: { code: 'IMPORT_BAD_DOCX' } });
  });

  it('reads a zip cut short (its directory lost) from its start, up to the entry it was cut in', async () => {
    const zip = rawZip([deflatedEntry('a.xml', text), deflatedEntry('b.xml', text), deflatedEntry('c.xml', text)]);
    expect(ZipArchive.open(zip).partial).toBe(false);
    const cut = ZipArchive.open(zip.subarray(0, zip.indexOf('c.xml') + 10));
    expect(cut.partial).toBe(true);
    expect([cut.has('a.xml'), cut.has('b.xml'), cut.has('c.xml')]).toEqual([true, true, false]);
    expect((await cut.read('b.xml')).equals(text)).toBe(true);
    // A broken directory is read the same way.
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0, zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(ZipArchive.open(broken)).toMatchObject({ partial: true });
    expect(ZipArchive.open(broken).list('')).toEqual(['a.xml', 'b.xml', 'c.xml']);
  });

  it('reads a zip cut short whose sizes follow the data in descriptors (bit 3, as LibreOffice writes)', async () => {
    const long = Buffer.from(
      Array.from({ length: 300 }, (_, i) => `<w:p>第${i}段，参与学生${(i * 37) % 500}人</w:p>`).join(''),
    );
    const zip = rawZip([deflatedEntry('a.xml', text), deflatedEntry('b.xml', text), deflatedEntry('c.xml', long)], {
      descriptors: true,
    });
    expect(ZipArchive.open(zip).partial).toBe(false);
    const cut = ZipArchive.open(zip.subarray(0, zip.indexOf('c.xml') + 5 + 600));
    expect([cut.partial, cut.cut, cut.has('a.xml'), cut.has('b.xml')]).toEqual([true, 'c.xml', true, true]);
    expect((await cut.read('b.xml')).equals(text)).toBe(true);
    // The entry cut declares no size in its header: what there is of it is salvaged all the same.
    const start = cut.salvage('c.xml')!;
    expect(start.length).toBeGreaterThan(1000);
    expect(long.subarray(0, start.length).equals(start)).toBe(true);
    // Stored data of unknown length cannot be walked past.
    const stored = rawZip(
      [{ name: 'a.xml', body: text, method: 0, size: text.length, crc: crc32(text) }, deflatedEntry('b.xml', text)],
      { descriptors: true },
    );
    expect(() => ZipArchive.open(stored.subarray(0, stored.indexOf('b.xml') + 10))).toThrow(
      expect.objectContaining({ error: expect.objectContaining({ code: 'IMPORT_BAD_DOCX' }) }),
    );
  });

  it('keeps what there is of the entry a zip was cut in apart: its start, inflated as far as it goes', async () => {
    const zip = rawZip([deflatedEntry('a.xml', text)]);
    const cut = ZipArchive.open(zip.subarray(0, zip.indexOf('a.xml') + 5 + 40));
    expect([cut.partial, cut.cut, cut.has('a.xml')]).toEqual([true, 'a.xml', false]);
    const start = cut.salvage('a.xml');
    expect(start!.length).toBeGreaterThan(0);
    expect(text.subarray(0, start!.length).equals(start!)).toBe(true);
    expect(ZipArchive.open(zip).salvage('b.xml')).toBeNull();
    // Nothing of a zip at all: not even a header at its start.
    expect(() => ZipArchive.open(Buffer.concat([Buffer.from('PK'), Buffer.alloc(100)]))).toThrow(
      expect.objectContaining({ error: expect.objectContaining({ code: 'IMPORT_BAD_DOCX' }) }),
    );
  });

  it('salvages the start of an entry damaged part way (a bad sector): it does not read whole', async () => {
    const long = Buffer.from(
      Array.from({ length: 400 }, (_, i) => `<w:p>第${i}段，参与学生${(i * 37) % 500}人</w:p>`).join(''),
    );
    const entry = deflatedEntry('word/document.xml', long);
    entry.body.fill(0xff, Math.floor(entry.body.length * 0.6), Math.floor(entry.body.length * 0.6) + 512);
    const archive = ZipArchive.open(rawZip([entry]));
    expect(await archive.probe('word/document.xml')).toBe(false);
    // Its start is sound; what the damaged bytes inflated to may follow it, up to where they failed.
    const start = archive.salvage('word/document.xml')!;
    const sound = start.findIndex((byte, i) => byte !== long[i]);
    expect(sound).toBeGreaterThan(long.length / 3);
    expect(start.length).toBeLessThan(long.length);
  });

  it('refuses ZIP64 sizes, in the directory or in a header found from the start', () => {
    const zip64 = rawZip([{ ...deflatedEntry('a.xml', text), size: 0xffffffff }]);
    expect(() => ZipArchive.open(zip64)).toThrow(
      expect.objectContaining({ error: expect.objectContaining({ code: 'IMPORT_TOO_LARGE' }) }),
    );
    expect(() => ZipArchive.open(zip64.subarray(0, zip64.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))))).toThrow(
      expect.objectContaining({ error: expect.objectContaining({ code: 'IMPORT_TOO_LARGE' }) }),
    );
  });

  it('drops the named entries that cannot be read, so a reader finds them missing; others are read ahead', async () => {
    const archive = ZipArchive.open(
      rawZip([deflatedEntry('word/styles.xml', text), { ...deflatedEntry('word/numbering.xml', text), crc: 1 }]),
    );
    expect(await archive.dropUnreadable(['word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml'])).toEqual([
      'word/numbering.xml',
    ]);
    expect([archive.has('word/styles.xml'), archive.has('word/numbering.xml')]).toEqual([true, false]);
    expect((await archive.read('word/styles.xml')).equals(text)).toBe(true);
  });
});

describe('a .docx read from its file where asked (FileBytes), not whole', () => {
  /** Many entries after a large one: their headers fall across the 64 KB pages the file is read in. */
  const zip = (descriptors = false) => {
    // Noise, as a photo is: it barely deflates, and so spans pages.
    const big = randomBytes(150_000);
    const small = Array.from({ length: 40 }, (_, i) =>
      deflatedEntry(`word/part${i}.xml`, Buffer.from(`<p>${'第'.repeat(i * 50)}${i}</p>`)),
    );
    return rawZip([deflatedEntry('word/media/big.bin', big), ...small], { descriptors });
  };
  const contents = async (archive: ZipArchive) =>
    Promise.all(archive.list('').map(async (name) => [name, (await archive.read(name)).toString('base64')]));

  it('finds the same entries and reads the same bytes as from the whole file, and its heads', async () => {
    const bytes = zip();
    const path = join(tempDir(), 'a.docx');
    writeFileSync(path, bytes);
    const file = FileBytes.open(path);
    try {
      const archive = ZipArchive.open(file);
      expect(archive.partial).toBe(false);
      expect(await contents(archive)).toEqual(await contents(ZipArchive.open(bytes)));
      expect(
        archive.head('word/media/big.bin', 4096).equals((await archive.read('word/media/big.bin')).subarray(0, 4096)),
      ).toBe(true);
      expect(archive.head('word/part39.xml', 1 << 20).toString()).toBe(`<p>${'第'.repeat(39 * 50)}39</p>`);
    } finally {
      file.close();
    }
  });

  it('reads a file cut short (no directory) whole from its start; sizes after the data too (LibreOffice)', async () => {
    const bytes = zip(true).subarray(0, zip(true).length - 3000);
    const path = join(tempDir(), 'cut.docx');
    writeFileSync(path, bytes);
    const file = FileBytes.open(path);
    try {
      const archive = ZipArchive.open(file);
      const whole = ZipArchive.open(bytes);
      expect(archive.partial).toBe(true);
      expect(archive.list('').length).toBeGreaterThan(1);
      expect(await contents(archive)).toEqual(await contents(whole));
      expect(archive.cut).toBe(whole.cut);
    } finally {
      file.close();
    }
  });
});
