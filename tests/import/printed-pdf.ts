import { createHash } from 'node:crypto';
import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';
import type { ReportMeta } from '../../core/report-meta';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { exportPdf } from '../../electron/export/pdf-export';
import type { StoredAsset } from '../../electron/store/assets';
import { samplePhoto } from '../export/sample-report';

/**
 * A report printed to PDF as 年报工坊 prints it, each photo still to come (a placeholder figure)
 * given a drawn sample photo first: the PDF a school publishes, to import back.
 */
export async function printWithPhotos(document: EditorStateJSON, meta: ReportMeta, path: string): Promise<{ photos: number }> {
  const assets = new Map<string, StoredAsset>();
  let photos = 0;
  const fill = async (node: SerializedNodeJSON): Promise<SerializedNodeJSON> => {
    if (node.type === 'figure-image' && node.sha256 === null) {
      const photo = await samplePhoto(photos, { width: 480, height: 360 });
      photos += 1;
      const sha256 = createHash('sha256').update(photo.bytes).digest('hex');
      const name = `photo-${photos}.jpg`;
      assets.set(sha256, { sha256, mime: 'image/jpeg', width: photo.width, height: photo.height, bytes: photo.bytes, originalName: name });
      return { ...node, sha256, width: photo.width, height: photo.height, name };
    }
    const children = node.children;
    if (!children) return node;
    const filled: SerializedNodeJSON[] = [];
    for (const child of children) filled.push(await fill(child));
    return { ...node, children: filled };
  };
  const root = await fill(document.root);
  await exportPdf({ meta, document: { ...document, root }, asset: (sha) => assets.get(sha) ?? null }, path, { printer: chromiumPdfPrinter() });
  return { photos };
}
