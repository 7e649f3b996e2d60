import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { figureImageRef, storePhoto } from '../../electron/assets/store-photo';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { photoLikeJpeg } from './sample-images';

describe('storePhoto (what the docx importer calls)', () => {
  it('stores once and gives the reference a figure needs', async () => {
    const report = closeLater(await ReportFile.create(join(tempDir(), 'import.nianbao'), sampleMeta));
    const bytes = await photoLikeJpeg(900, 600);
    const first = await storePhoto(report, bytes, 'word/media/image1.jpeg');
    const again = await storePhoto(report, bytes, 'image7.jpeg');
    expect(first.added).toBe(true);
    expect(again).toEqual({ info: first.info, added: false });
    const ref = figureImageRef(first.info);
    expect(ref).toEqual({ assetKey: first.info.assetKey, width: 900, height: 600, name: 'image1.jpeg' });

    report.saveDocument(build.document([build.figure('实训基地', ref)]));
    const tree = buildReportTree(report.document!.json, report.meta);
    expect(tree.figures).toHaveLength(1);
    expect(JSON.stringify(tree.figures[0])).toContain(first.info.assetKey);
  });
});
