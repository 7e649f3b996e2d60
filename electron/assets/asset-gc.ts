import type { ReportFile } from '../store/report-file';

/**
 * Figure images refer to their photo as `"sha256":"<hex>"` (core/document/nodes.ts). The
 * stored JSON is scanned as text rather than parsed: any such pair keeps an asset, so the
 * scan can only err towards keeping a photo, never towards losing one.
 */
const REFERENCE = /"sha256"\s*:\s*"([0-9a-f]{64})"/g;

export function referencedAssets(json: string): Set<string> {
  const found = new Set<string>();
  for (const match of json.matchAll(REFERENCE)) found.add(match[1]!);
  return found;
}

/**
 * Removes the photos that neither the document nor any stored revision refers to, so a
 * figure deleted by mistake can still be brought back from a revision with its photo.
 * Run when a report is opened for writing: then no editor's undo history can still hold a
 * reference. Returns the key of every asset removed.
 */
export function removeUnreferencedAssets(file: ReportFile): string[] {
  const candidates = new Set(file.listAssets().map((a) => a.assetKey));
  if (candidates.size === 0) return [];
  // The current document usually refers to nearly all of them; revisions are read only while
  // some candidate is still unaccounted for.
  for (const json of file.referencingJson()) {
    for (const assetKey of referencedAssets(json)) candidates.delete(assetKey);
    if (candidates.size === 0) return [];
  }
  const unreferenced = [...candidates];
  file.removeAssets(unreferenced);
  return unreferenced;
}
