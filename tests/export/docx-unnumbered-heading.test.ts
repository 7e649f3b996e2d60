import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { headingLabel } from '../../core/print/print-html';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { STYLE, UNNUMBERED_HEADING_1 } from '../../electron/export/docx/docx-styles';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { ReportFile } from '../../electron/store/report-file';
import { requires } from '../helpers/requires';
import { W, fields, parseXmlPart, shownText, wAttr } from './docx-xml';
import { libreOfficePdf, outputDir, pdfPages, squash } from './pdf-tools';
import { putSamplePhotos, sampleReportMeta } from './sample-report';
import { tocEntries } from './toc-pages';

/**
 * Level-1 headings without a number (摘要, 参考文献, 附录) among chapters whose figures are
 * numbered per chapter: in a style of their own, not Word's Heading 1, where Word restarts a
 * chapter's captions; listed in the 目录 all the same.
 */
const office = requires('libreoffice', 'poppler');
const meta = { ...sampleReportMeta, figureNumbering: 'per-chapter' as const };
const text = (n: number) =>
  build.paragraph('昌吉州坚持以立德树人为根本任务，深化产教融合、校企合作，办学水平稳步提升。'.repeat(n));

let docx: string;
let tree: ReportTree;
let work: string;
let file: ReportFile | undefined;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'nianbao-unnumbered-'));
  file = await ReportFile.create(join(work, 'r.nianbao'), meta);
  const [a, b, c, d, e] = await putSamplePhotos(file, 5, { width: 800, height: 600 });
  file.saveDocument(
    build.document([
      build.heading(1, '摘要', false),
      text(6),
      build.heading(1, '基本情况'),
      text(12),
      build.figure('校园全景', a!),
      build.figure('实训基地', b!),
      build.heading(1, '人才培养'),
      text(12),
      build.figure('技能大赛', c!),
      build.heading(1, '参考文献', false),
      text(4),
      build.heading(1, '附录', false),
      text(8),
      build.figure('合作企业名单', d!),
      build.figure('专业设置一览', e!),
    ]),
  );
  tree = buildReportTree(file.document!.json, file.meta);
  docx = join(outputDir('docx-unnumbered'), 'unnumbered.docx');
  await exportDocx(fileSource(file), docx);
}, 60_000);

afterAll(() => {
  file?.close();
  rmSync(work, { recursive: true, force: true });
});

async function documentXml(): Promise<Document> {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  return parseXmlPart(await zip.file('word/document.xml')!.async('string'));
}

describe('a level-1 heading without a number in the .docx', () => {
  it('is set in 不编号标题 1, never in Heading 1, which holds only the numbered chapters', async () => {
    const doc = await documentXml();
    const styled = (id: string) =>
      Array.from(doc.getElementsByTagNameNS(W, 'p'))
        .filter((p) => wAttr(p.getElementsByTagNameNS(W, 'pStyle')[0] ?? p, 'val') === id)
        .map(shownText);
    expect(styled(STYLE.unnumberedHeading1)).toEqual(['摘要', '参考文献', '附录']);
    expect(styled('Heading1')).toEqual(['基本情况', '人才培养']);
  });

  it('is collected by the TOC field: \\o for the heading styles, \\t for its own style at level 1', async () => {
    const toc = fields(await documentXml()).filter((f) => f.instruction.startsWith('TOC '));
    expect(toc.length).toBe(1);
    expect(toc[0]!.instruction).toContain('\\o "1-2"');
    expect(toc[0]!.instruction).toContain(`\\t "${UNNUMBERED_HEADING_1},1"`);
  });

  it('leaves the figures’ counts going on after it, in the fields and their cached numbers', async () => {
    const figures = fields(await documentXml()).filter((f) => f.instruction.startsWith('SEQ 图'));
    // 图1-1 图1-2 | 图2-1 | 参考文献, 附录 | 图2-2 图2-3: the count goes on from the last chapter's.
    expect(tree.figures.map((f) => f.label)).toEqual(['图1-1', '图1-2', '图2-1', '图2-2', '图2-3']);
    expect(figures.map((f) => f.result)).toEqual(['1', '2', '1', '2', '3']);
    // Restarted only by \r 1 on a chapter's first, never by a heading style (\s).
    expect(figures.map((f) => f.instruction.replace('SEQ 图 \\* ARABIC', '').trim())).toEqual([
      '\\r 1',
      '',
      '\\r 1',
      '',
      '',
    ]);
  });

  office.it('stands in LibreOffice’s 目录 on the page it is set on', { timeout: 120_000 }, () => {
    const pdf = libreOfficePdf(office.path('libreoffice'), docx, outputDir('docx-unnumbered'));
    const listed = tree.headings.filter((h) => h.level <= 2);
    const entries = tocEntries(pdf, listed);
    expect(entries.map((e) => e.heading)).toEqual(['摘要', '1 基本情况', '2 人才培养', '参考文献', '附录']);
    for (const e of entries) expect([e.listed !== null, e.listed], e.heading).toEqual([true, e.landed]);
    expect(new Set(entries.map((e) => e.landed)).size).toBeGreaterThan(2);
    // LibreOffice counts the fields itself: the same numbers under 附录.
    const body = squash(pdfPages(pdf).join(''));
    for (const f of tree.figures) expect(body, f.label).toContain(squash(`${f.label}${f.caption}`));
    expect(listed.map(headingLabel)).toContain('附录');
  });
});
