import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportTree } from '../../core/report-tree';
import { importFile } from '../../electron/import/import-file';
import { warmUpImport, warmUpPdf } from '../../electron/import/warm-up';
import { collectPhotos } from '../../electron/import/collect-photos';
import { tempDir, useOwnTempFolder } from '../helpers/files';

const ownTemp = useOwnTempFolder();
const warmUpDirs = () => readdirSync(ownTemp()).filter((name) => name.startsWith('nianbao-warm-up-'));

describe('the import warmed up at start', () => {
  it('runs a whole small import and leaves nothing behind', async () => {
    await warmUpImport();
    expect(warmUpDirs()).toEqual([]);
  });

  it('reads a PDF through the passes a printed report takes: headings, tables, photos', async () => {
    const path = join(tempDir(), 'warm.pdf');
    writeFileSync(path, await warmUpPdf());
    const read = await importFile(path, collectPhotos().addPhoto);
    const tree = buildReportTree(read.document);
    expect(read.format).toBe('pdf');
    const headings = tree.headings.map((h) => h.text);
    expect(headings.slice(0, 4)).toEqual(['Basic situation', 'Students', 'Teachers', 'Training rooms']);
    expect(headings).toHaveLength(16);
    // Its captions are Latin (pdf-lib's fonts have no 图), so they are not paired: the pairing runs all the same.
    expect(tree.figures.filter((f) => f.image !== null)).toHaveLength(16);
    expect(tree.blocks.some((b) => b.kind === 'table')).toBe(true);
  });
});
