import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { chromiumPdfPrinter } from '../electron/export/chromium-pdf-printer';
import { fileSource } from '../electron/export/export-source';
import { exportPdf } from '../electron/export/pdf-export';
import { printResources } from '../electron/export/print-resources';
import type { ReportFile } from '../electron/store/report-file';
import { repoRoot } from '../tests/helpers/browser';
import { createSampleReport, samplePhoto, sampleReportMeta, smallShape } from '../tests/export/sample-report';

// The README's pictures of printed pages: each template's cover (with an emblem and a photo), a body
// page and the first page of a case with its photos.
const outDir = join(repoRoot, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });

/** A round badge standing in for a school's emblem. */
async function emblem(): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
    <circle cx="300" cy="300" r="290" fill="#fff" stroke="#b22222" stroke-width="20"/>
    <circle cx="300" cy="300" r="220" fill="none" stroke="#b22222" stroke-width="8"/>
    <path d="M300 150 L340 260 L455 260 L362 328 L398 440 L300 372 L202 440 L238 328 L145 260 L260 260 Z" ` +
    `fill="#b22222"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

function store(file: ReportFile, bytes: Buffer, mime: string, width: number, height: number) {
  const assetKey = createHash('sha256').update(bytes).digest('hex');
  file.putAsset({ assetKey, mime, width, height, bytes, originalName: 'cover' });
  return { sha256: assetKey, width, height };
}

/** A case page with its photos: the first page past the 目录 holding a case’s photo (its caption reads 案例N…). */
function casePageWithPhotos(pdf: string): number {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const pictured = new Set(
    execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((line) => Number(line.trim().split(/\s+/)[0])),
  );
  const found = pages.findIndex((text, i) => i > 2 && pictured.has(i + 1) && /案例\s*\d/.test(text));
  if (found < 0) throw new Error(`no case page with photos in ${pdf}`);
  return found + 1;
}

await printResources();
const work = mkdtempSync(join(tmpdir(), 'nianbao-print-shots-'));
try {
  for (const template of ['gongwen', 'jianjie'] as const) {
    const file = await createSampleReport(join(work, `${template}.nianbao`), smallShape, {
      ...sampleReportMeta,
      template,
    });
    try {
      const photo = await samplePhoto(4, { width: 1800, height: 1000 });
      file.updateMeta({
        ...file.meta,
        emblem: store(file, await emblem(), 'image/png', 600, 600),
        coverPhoto: store(file, photo.bytes, 'image/jpeg', photo.width, photo.height),
      });
      const pdf = join(work, `${template}.pdf`);
      await exportPdf(fileSource(file), pdf, { printer: chromiumPdfPrinter() });
      const page = (n: number, name: string) =>
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '40',
          '-f',
          String(n),
          '-l',
          String(n),
          '-singlefile',
          pdf,
          join(outDir, name),
        ]);
      page(1, `cover-${template}`);
      page(6, `body-${template}`);
      page(casePageWithPhotos(pdf), `case-${template}`);
    } finally {
      file.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
