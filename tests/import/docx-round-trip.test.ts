import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { buildDocx } from '../../electron/export/docx-export';
import { importDocxBytes, importFile } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/photo-sink';
import { repoRoot } from '../helpers/processes';
import { sampleMeta } from '../helpers/files';

const seedPath = resolve(repoRoot, '../shared/seed/changji-2025-report.txt');

/** What a reader of the report sees of its structure: outline, cases, figures, the text itself. */
function outline(tree: ReportTree) {
  return {
    headings: tree.headings.map((h) => `${h.level} ${h.text}`),
    cases: tree.cases.map((c) => c.title),
    figures: tree.figures.map((f) => f.caption),
    rows: tree.blocks.flatMap((b) => (b.kind === 'case' ? b.body : [b])).filter((b) => b.kind === 'figure-row').length,
    tables: tree.tables.length,
    paragraphs: tree.blocks.flatMap((b) => (b.kind === 'case' ? b.body : [b])).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
  };
}

describe('a report 年报工坊 exported to .docx imports back as it was (a bureau pulling in a school’s report)', () => {
  it('the seed: its 目录 left out, boxed cases as cases, rows of photos still to come as figure rows, no false numbering notes', async () => {
    const original = await importFile(seedPath, collectPhotos().sink);
    const { bytes } = await buildDocx({ meta: sampleMeta, document: original.document, asset: () => null });
    const back = await importDocxBytes(bytes, collectPhotos().sink);
    const before = outline(buildReportTree(original.document));
    const after = outline(buildReportTree(back.document));
    expect(before.cases).toHaveLength(24);
    expect(before.figures).toHaveLength(53);
    expect(before.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // The cover goes to the report's settings; nothing else needs a look.
    expect(back.notes.map((n) => n.kind)).toEqual(['cover-moved']);
  });
});
