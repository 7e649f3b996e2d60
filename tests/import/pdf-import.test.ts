import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { reportMetaSchema } from '../../core/report-meta';
import { buildReportTree } from '../../core/report-tree';
import { buildDocx } from '../../electron/export/docx-export';
import { printResources } from '../../electron/export/print-resources';
import { importFile } from '../../electron/import/import-file';
import { metaFromSource } from '../../electron/import/import-to-report';
import { collectPhotos } from '../../electron/import/collect-photos';
import { samplePhoto } from '../export/sample-report';
import { writeSyntheticReport } from '../fixtures/synthetic-report';
import { sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { expectPrintedStructure } from './pdf-outline';
import { printWithPhotos, smallSchoolReport, withSamplePhotos } from './printed-pdf';
import { STYLED_OUTLINE, styledHeadingsDocx } from './styled-headings-docx';

const chromium = requires('chromium');
const office = requires('libreoffice');

chromium.describe('a report 年报工坊 printed to PDF imports back as it was (last year’s published report)', () => {
  beforeAll(async () => {
    await printResources();
  });

  it('the synthetic report with its 53 photos: same headings per level, cases, figures with photos, text within 1%', {
    timeout: 180_000,
  }, async () => {
    const dir = tempDir();
    const original = await importFile(writeSyntheticReport(dir), collectPhotos().addPhoto);
    const pdf = join(dir, 'report.pdf');
    const { photos } = await printWithPhotos(
      original.document,
      reportMetaSchema.parse(metaFromSource(original, { year: 2025 }, 'report')),
      pdf,
    );
    expect(photos).toBe(53);
    const back = await importFile(pdf, collectPhotos().addPhoto);
    expect(back.format).toBe('pdf');
    const printed = expectPrintedStructure(back.document, original.document);
    expect([printed.headingsPerLevel, printed.cases.length, printed.figures.length]).toEqual([[9, 25, 13, 0], 24, 53]);
    // The printed page numbers and the 目录 are left out, each said; the cover goes to the report's settings.
    expect(back.notes.map((n) => n.kind)).toEqual(['page-furniture-left-out', 'toc-left-out', 'cover-moved']);
    expect(back.title).toBe(original.title);
  });
});

office.describe('a PDF LibreOffice made of a Word report (another producer)', () => {
  it('imports with its headings, its case, its photo and its text', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const source = await withSamplePhotos(smallSchoolReport(), { ...sampleMeta, headingNumbering: 'chinese' });
    const { bytes } = await buildDocx(source, {});
    writeFileSync(join(dir, 'school.docx'), bytes);
    execFileSync(
      office.path('libreoffice'),
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'lo')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'school.docx'),
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
    const back = await importFile(join(dir, 'school.pdf'), collectPhotos().addPhoto);
    const printed = expectPrintedStructure(back.document, source.document);
    expect([printed.headings, printed.cases, printed.figures]).toEqual([
      ['1 基本情况', '2 学校概况', '2 专业建设', '1 人才培养'],
      ['校企共建实训基地'],
      ['学生在实训基地学习'],
    ]);
  });
});

office.describe('a PDF of a Word report whose headings have no typed numbers', () => {
  it('reads its headings and their levels off their size and font', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'styled.docx'), await styledHeadingsDocx());
    execFileSync(
      office.path('libreoffice'),
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'lo')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'styled.docx'),
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
    const back = await importFile(join(dir, 'styled.pdf'), collectPhotos().addPhoto);
    expect(buildReportTree(back.document).headings.map((h) => [h.level, h.text])).toEqual(STYLED_OUTLINE);
    expect(back.title).toBe('某某职业学校质量年度报告');
  });
});

describe('a PDF that cannot be imported says why', () => {
  const importBytes = async (bytes: Uint8Array) => {
    const path = join(tempDir(), '去年的报告.pdf');
    writeFileSync(path, bytes);
    return importFile(path, collectPhotos().addPhoto).then(
      () => null,
      (err: unknown) => (err instanceof ReportError ? err.error : err),
    );
  };

  it('a scan (pages that are pictures, no text)', async () => {
    const pdf = await PDFDocument.create();
    const scan = await pdf.embedJpg((await samplePhoto(1, { width: 1240, height: 1754 })).bytes);
    for (let i = 0; i < 2; i += 1) pdf.addPage([595, 842]).drawImage(scan, { x: 0, y: 0, width: 595, height: 842 });
    expect(await importBytes(await pdf.save())).toMatchObject({
      code: 'IMPORT_PDF_SCANNED',
      message: expect.stringContaining('扫描件'),
    });
  });

  it('a damaged file, and a file that only has the name', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Annual report');
    const whole = await pdf.save();
    expect(await importBytes(whole.subarray(0, 200))).toMatchObject({ code: 'IMPORT_PDF_DAMAGED' });
    expect(await importBytes(new TextEncoder().encode('这不是 PDF'))).toMatchObject({
      code: 'IMPORT_PDF_DAMAGED',
      message: expect.stringContaining('损坏'),
    });
  });
});

office.describe('an encrypted PDF', () => {
  it('is refused with what to do', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.txt'), '年度报告正文。');
    const filter =
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},' +
      '"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    execFileSync(
      office.path('libreoffice'),
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'lo')}`,
        '--convert-to',
        filter,
        '--outdir',
        dir,
        join(dir, 'secret.txt'),
      ],
      { stdio: 'pipe', timeout: 110_000 },
    );
    const error = await importFile(join(dir, 'secret.pdf'), collectPhotos().addPhoto).catch((err: unknown) =>
      err instanceof ReportError ? err.error : err,
    );
    expect(error).toMatchObject({ code: 'IMPORT_PDF_ENCRYPTED', message: expect.stringContaining('密码') });
  });
});
