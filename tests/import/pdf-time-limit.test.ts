import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { readPdfPages } from '../../electron/import/pdf-reader';

/** Pages of nothing but tiny squares: hundreds of thousands of drawing operators for pdf.js to list. */
async function drawingHeavyPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const squares = Array.from({ length: 200_000 }, (_, i) => `${i % 500} ${(i * 7) % 800} 1 1 re f`).join('\n');
  const contents = doc.context.register(doc.context.flateStream(squares));
  for (let i = 0; i < pages; i += 1) doc.addPage([595, 842]).node.set(PDFName.of('Contents'), contents);
  return doc.save();
}

describe('pdf.js work on one file has a time limit', () => {
  it('a file too slow to read stops with a Chinese message saying what to do, not a worker busy for good', {
    timeout: 60_000,
  }, async () => {
    const pdf = await drawingHeavyPdf(4);
    const failed = await readPdfPages(pdf, async () => null, { timeLimitMs: 100 }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(ReportError);
    expect((failed as ReportError).error).toMatchObject({
      code: 'IMPORT_PDF_TOO_SLOW',
      message: expect.stringContaining('已停止'),
    });
    // pdf.js was let go: the same reader reads a file again at once.
    const small = await PDFDocument.create();
    small.addPage([595, 842]);
    expect(await readPdfPages(await small.save(), async () => null, { timeLimitMs: 10_000 })).toHaveLength(1);
  });
});
