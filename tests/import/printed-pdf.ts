import { createHash } from 'node:crypto';
import { build } from '../../core/document/nodes';
import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';
import type { ReportMeta } from '../../core/report-meta';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import type { ExportSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import type { StoredAsset } from '../../electron/store/assets';
import { samplePhoto } from '../export/sample-report';

type PhotoSize = { width: number; height: number };
/** Small photos keep the tests quick; the bench prints them at the size Word saves them. */
const TEST_PHOTO: PhotoSize = { width: 480, height: 360 };

/** `document` with each photo still to come (a placeholder figure) given a drawn sample photo. */
export async function withSamplePhotos(
  document: EditorStateJSON,
  meta: ReportMeta,
  size = TEST_PHOTO,
): Promise<ExportSource & { photos: number }> {
  const assets = new Map<string, StoredAsset>();
  const fill = async (node: SerializedNodeJSON): Promise<SerializedNodeJSON> => {
    if (node.type === 'figure-image' && node.sha256 === null) {
      const photo = await samplePhoto(assets.size, size);
      const assetKey = createHash('sha256').update(photo.bytes).digest('hex');
      const name = `photo-${assets.size + 1}.jpg`;
      assets.set(assetKey, {
        assetKey,
        mime: 'image/jpeg',
        width: photo.width,
        height: photo.height,
        bytes: photo.bytes,
        originalName: name,
      });
      return { ...node, sha256: assetKey, width: photo.width, height: photo.height, name };
    }
    if (!node.children) return node;
    const filled: SerializedNodeJSON[] = [];
    for (const child of node.children) filled.push(await fill(child));
    return { ...node, children: filled };
  };
  const root = await fill(document.root);
  return { meta, document: { ...document, root }, asset: (sha) => assets.get(sha) ?? null, photos: assets.size };
}

/** The report printed to PDF as 年报工坊 prints it, with sample photos: the PDF a school publishes, to import back. */
export async function printWithPhotos(
  document: EditorStateJSON,
  meta: ReportMeta,
  path: string,
  size = TEST_PHOTO,
): Promise<{ photos: number }> {
  const source = await withSamplePhotos(document, meta, size);
  await exportPdf(source, path, { printer: chromiumPdfPrinter() });
  return { photos: source.photos };
}

const LONG =
  '学校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升，服务区域经济社会发展的能力不断增强。'.repeat(
    3,
  );

/** A small report as a school writes it: two chapters, sections, a 【案例】 with a captioned photo still to come. */
export const smallSchoolReport = (): EditorStateJSON =>
  build.document([
    build.heading(1, '基本情况'),
    build.heading(2, '学校概况'),
    build.paragraph(LONG),
    build.paragraph(`全校共有教职工 320 人。${LONG}`),
    build.heading(2, '专业建设'),
    build.paragraph(LONG),
    build.caseBlock('校企共建实训基地', [build.paragraph(LONG), build.figure('学生在实训基地学习', null)]),
    build.heading(1, '人才培养'),
    build.paragraph(LONG),
  ]);
