import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import { reportMetaSchema } from '../../core/report-meta';
import { buildReportTree } from '../../core/report-tree';
import { buildDocx } from '../../electron/export/docx-export';
import { printResources } from '../../electron/export/print-resources';
import { importFile } from '../../electron/import/import-file';
import { metaFromSource } from '../../electron/import/import-to-report';
import { collectPhotos } from '../../electron/import/photo-sink';
import { samplePhoto } from '../export/sample-report';
import { writeSyntheticReport } from '../fixtures/synthetic-report';
import { sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { pdfOutline, within } from './pdf-outline';
import { printWithPhotos } from './printed-pdf';

const chromium = requires('chromium');
const office = requires('libreoffice');

chromium.describe('a report 年报工坊 printed to PDF imports back as it was (last year’s published report)', () => {
  beforeAll(async () => {
    await printResources();
  });

  it('the synthetic report with its 53 photos: same headings per level, cases, figures with photos, text within 1%', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const original = await importFile(writeSyntheticReport(dir), collectPhotos().sink);
    const pdf = join(dir, 'report.pdf');
    const { photos } = await printWithPhotos(original.document, reportMetaSchema.parse(metaFromSource(original, { year: 2025 }, 'report')), pdf);
    expect(photos).toBe(53);
    const back = await importFile(pdf, collectPhotos().sink);
    expect(back.format).toBe('pdf');
    const before = pdfOutline(buildReportTree(original.document));
    const after = pdfOutline(buildReportTree(back.document));
    expect(before.headingsPerLevel).toEqual([9, 25, 13, 0]);
    expect(after.headingsPerLevel).toEqual(before.headingsPerLevel);
    expect(after.headings).toEqual(before.headings);
    expect(after.cases).toEqual(before.cases);
    expect(after.cases).toHaveLength(24);
    expect(after.figures).toEqual(before.figures);
    expect(after.photos).toBe(53);
    expect(after.rows).toBe(before.rows);
    expect(within(after.chars, before.chars, 0.01), `${after.chars} characters back of ${before.chars}`).toBe(true);
    // The printed page numbers and the 目录 are left out, each said; the cover goes to the report's settings.
    expect(back.notes.map((n) => n.kind)).toEqual(['page-furniture-left-out', 'toc-left-out', 'cover-moved']);
    expect(back.title).toBe(original.title);
  });
});

/** A small report as a school writes it in Word: 一、/（一） headings, a 【案例】 with a captioned photo. */
async function schoolReport() {
  const photo = await samplePhoto(2, { width: 640, height: 480 });
  const assets = new Map([['p1', { sha256: 'p1', mime: 'image/jpeg', width: photo.width, height: photo.height, bytes: photo.bytes, originalName: 'p1.jpg' }]]);
  const long = '学校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升，服务区域经济社会发展的能力不断增强。'.repeat(3);
  const document = build.document([
    build.heading(1, '基本情况'),
    build.heading(2, '学校概况'),
    build.paragraph(long),
    build.paragraph(`全校共有教职工 320 人。${long}`),
    build.heading(2, '专业建设'),
    build.paragraph(long),
    build.caseBlock('校企共建实训基地', [build.paragraph(long), build.figure('学生在实训基地学习', { sha256: 'p1', width: photo.width, height: photo.height, name: 'p1.jpg' })]),
    build.heading(1, '人才培养'),
    build.paragraph(long),
  ]);
  return { document, assets };
}

office.describe('a PDF LibreOffice made of a Word report (another producer)', () => {
  it('imports with its headings, its case, its photo and its text', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const { document, assets } = await schoolReport();
    const meta = { ...sampleMeta, headingNumbering: 'chinese' as const };
    const { bytes } = await buildDocx({ meta, document, asset: (sha) => assets.get(sha) ?? null }, {});
    writeFileSync(join(dir, 'school.docx'), bytes);
    execFileSync(office.path('libreoffice'), ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'school.docx')], { stdio: 'pipe', timeout: 170_000 });
    const back = await importFile(join(dir, 'school.pdf'), collectPhotos().sink);
    const before = pdfOutline(buildReportTree(document));
    const after = pdfOutline(buildReportTree(back.document));
    expect(after.headings).toEqual(before.headings);
    expect(after.cases).toEqual(['校企共建实训基地']);
    expect(after.figures).toEqual(['学生在实训基地学习']);
    expect(after.photos).toBe(1);
    expect(within(after.chars, before.chars, 0.01), `${after.chars} characters back of ${before.chars}`).toBe(true);
  });
});

describe('a PDF that cannot be imported says why', () => {
  const importBytes = async (bytes: Uint8Array) => {
    const path = join(tempDir(), '去年的报告.pdf');
    writeFileSync(path, bytes);
    return importFile(path, collectPhotos().sink).then(
      () => null,
      (err: unknown) => (err instanceof ReportError ? err.error : err),
    );
  };

  it('a scan (pages that are pictures, no text)', async () => {
    const pdf = await PDFDocument.create();
    const scan = await pdf.embedJpg((await samplePhoto(1, { width: 1240, height: 1754 })).bytes);
    for (let i = 0; i < 2; i += 1) pdf.addPage([595, 842]).drawImage(scan, { x: 0, y: 0, width: 595, height: 842 });
    expect(await importBytes(await pdf.save())).toMatchObject({ code: 'IMPORT_PDF_SCANNED', message: expect.stringContaining('扫描件') });
  });

  it('a damaged file, and a file that only has the name', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Annual report');
    const whole = await pdf.save();
    expect(await importBytes(whole.subarray(0, 200))).toMatchObject({ code: 'IMPORT_PDF_DAMAGED' });
    expect(await importBytes(new TextEncoder().encode('这不是 PDF'))).toMatchObject({ code: 'IMPORT_PDF_DAMAGED', message: expect.stringContaining('损坏') });
  });
});

office.describe('an encrypted PDF', () => {
  it('is refused with what to do', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'secret.txt'), '年度报告正文。');
    const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    execFileSync(office.path('libreoffice'), ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'lo')}`, '--convert-to', filter, '--outdir', dir, join(dir, 'secret.txt')], { stdio: 'pipe', timeout: 110_000 });
    const error = await importFile(join(dir, 'secret.pdf'), collectPhotos().sink).catch((err: unknown) => (err instanceof ReportError ? err.error : err));
    expect(error).toMatchObject({ code: 'IMPORT_PDF_ENCRYPTED', message: expect.stringContaining('密码') });
  });
});
