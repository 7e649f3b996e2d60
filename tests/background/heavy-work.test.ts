import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import {
  exportDocxInBackground,
  heavyWork,
  sizePhotoForPrintInBackground,
  readImportInBackground,
} from '../../electron/background/heavy-work';
import { fileSource } from '../../electron/export/export-source';
import { createSampleReport, seedShape } from '../export/sample-report';
import { closeLater, tempDir } from '../helpers/files';

/** What `promise` rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (err: unknown) => err,
  );
}

describe('heavy work in background workers, as the services call it', () => {
  it('refuses a bad import and a bad photo with the typed errors and Chinese messages of work done here', async () => {
    const dir = tempDir();
    const renamed = join(dir, '报告.docx');
    writeFileSync(renamed, '这其实是一个文本文件');
    const notDocx = await rejection(readImportInBackground(renamed));
    expect(notDocx).toBeInstanceOf(ReportError);
    expect((notDocx as ReportError).error).toMatchObject({
      code: 'IMPORT_NOT_DOCX',
      message: zh.errors.IMPORT_NOT_DOCX,
    });
    const badPhoto = await rejection(sizePhotoForPrintInBackground(Buffer.from('not a photo'), 'x.jpg'));
    expect((badPhoto as ReportError).error).toMatchObject({ code: 'BAD_IMAGE', message: zh.errors.BAD_IMAGE });
  });

  it('names a PDF read that ran past its deadline for what it is: too slow, with the PDF advice', async () => {
    const dir = tempDir();
    const path = join(dir, '去年.pdf');
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('2024', { x: 72, y: 760 });
    writeFileSync(path, await doc.save());
    // Any read outlasts a deadline of 1 ms: the worker is ended as if pdf.js had hung.
    const late = await rejection(readImportInBackground(path, { timeoutMs: 1 }));
    expect((late as ReportError).error).toMatchObject({
      code: 'IMPORT_PDF_TOO_SLOW',
      message: zh.errors.IMPORT_PDF_TOO_SLOW,
    });
    // Other files keep the general message.
    const docx = join(dir, '报告.docx');
    writeFileSync(docx, '这其实是一个文本文件');
    const lateDocx = await rejection(readImportInBackground(docx, { timeoutMs: 1 }));
    expect((lateDocx as ReportError).error.code).toBe('BACKGROUND_TIMED_OUT');
  });

  it('cancels a .docx export while the worker builds it: the worker is ended and no file or part file is left', {
    timeout: 120_000,
  }, async () => {
    const dir = tempDir();
    const file = closeLater(await createSampleReport(join(dir, 'r.nianbao'), seedShape));
    const out = join(dir, 'out.docx');
    const controller = new AbortController();
    const stages: string[] = [];
    const running = exportDocxInBackground(fileSource(file), out, {
      signal: controller.signal,
      onStage: (stage) => {
        stages.push(stage);
        if (stage === 'build') controller.abort();
      },
    });
    expect(((await rejection(running)) as ReportError).error.code).toBe('EXPORT_CANCELLED');
    expect(stages).toEqual(['prepare', 'build']);
    expect(readdirSync(dir).filter((name) => name.startsWith('out.docx'))).toEqual([]);
    // The next export gets a fresh worker and finishes.
    const done = await exportDocxInBackground(fileSource(file), out);
    expect(done.bytes).toBeGreaterThan(1_000_000);
    expect(heavyWork().workers).toBeGreaterThan(0);
  });
});
