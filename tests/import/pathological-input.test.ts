import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { editorStateSchema, type SerializedNodeJSON } from '../../core/document/editor-json';
import { ReportError } from '../../core/errors';
import { assemble } from '../../core/import/assemble';
import type { Item } from '../../core/import/classify';
import { importText } from '../../core/import/text-import';
import { MAX_LIST_DEPTH } from '../../core/document/nodes';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { importToNewReport } from '../../electron/import/import-to-report';
import { collectPhotos } from '../../electron/import/collect-photos';
import { closeLater, tempDir } from '../helpers/files';
import { editDocx } from './edit-docx';

// Inputs no writer makes, but harmless, each took from half a minute to many minutes to import
// (issue #23). The work is counted, or the input sized so that the quadratic pass it met would
// time the test out, while it now takes well under a second.

/** A .docx of one paragraph, "正文。", opened by `xml`. */
async function paragraphOpening(xml: string): Promise<Buffer> {
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('正文。')] }] }));
  return editDocx(docx, { 'word/document.xml': (documentXml) => documentXml.replace('<w:p>', `<w:p>${xml}`) });
}

const paragraphs = (tree: ReportTree) => tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('harmless but pathological input imports in time linear in its size', () => {
  it('looks for a list at each of many paragraphs without reading all the paragraphs after it each time', () => {
    const n = 5000;
    let reads = 0;
    const items = Array.from({ length: n }, (_, i) => {
      const item = { runs: [{ text: `第${i}段` }], source: `第${i}段`, list: null, numbered: null };
      // Every pass over the items reads each one's kind: counting the reads counts the work.
      const kind = () => {
        reads += 1;
        return 'body';
      };
      return Object.defineProperty(item, 't', { get: kind, enumerable: true }) as Item;
    });
    const blocks = assemble(items, []);
    expect(blocks).toHaveLength(n);
    expect(reads).toBeLessThan(10 * n);
  });

  it('lays 200,000 photo places in a row out in rows of three', () => {
    const images = Array.from({ length: 200_000 }, () => 'missing' as const);
    const item: Item = { t: 'images', kind: 'images', images, captions: [], typed: [] };
    // 66,666 rows of three and one of two (a recursion copying the rest at each row overflowed the stack).
    const rows = assemble([item], []).map((row) => row.children?.length);
    expect(rows).toEqual([...Array.from({ length: 66_666 }, () => 3), 2]);
  });

  it('reads 200 KB of "[" in Markdown as text', () => {
    const text = '['.repeat(200_000);
    expect(paragraphs(buildReportTree(importText(text, { markdown: true }).document))).toEqual([text]);
  });

  // "<spaces>" names the run of spaces, for a failure's diff to stay short.
  it.each([
    {
      kind: 'text',
      line: '#<spaces>学校概况。',
      n: 100_000,
      headings: [],
      paragraphs: ['#<spaces>学校概况。', '正文。'],
    },
    { kind: 'Markdown', line: '# x<spaces>y', n: 100_000, headings: ['x<spaces>y'], paragraphs: ['正文。'] },
    { kind: 'Markdown', line: '<spaces>学校概况。 ', n: 200_000, headings: [], paragraphs: ['学校概况。', '正文。'] },
  ])('reads a line of $kind "$line" of $n spaces', ({ kind, line, n, ...expected }) => {
    const spaces = ' '.repeat(n);
    const text = `${line.replace('<spaces>', spaces)}\n正文。`;
    const tree = buildReportTree(importText(text, { markdown: kind === 'Markdown' }).document);
    const named = (texts: string[]) => texts.map((t) => t.replace(spaces, '<spaces>'));
    const headings = tree.headings.map((h) => h.text);
    expect({ headings: named(headings), paragraphs: named(paragraphs(tree)) }).toEqual(expected);
  });

  it('reads a Markdown line of 100,000 backticks and a line of code spans', () => {
    const ticks = '`'.repeat(100_000);
    const { document } = importText(`# ${ticks}\n\`a\` ${'``b`c`` '.repeat(3)}\`\`d`, { markdown: true });
    const tree = buildReportTree(document);
    expect(tree.headings.map((h) => h.text.length)).toEqual([100_000]);
    expect(paragraphs(tree)).toEqual(['a b`c b`c b`c ``d']);
  });

  it('joins 20,000 Markdown lines of 100 characters into one paragraph', () => {
    const line = `${'学校开展实践活动学生积极参与'.repeat(7)}取得`;
    const tree = buildReportTree(
      importText(Array.from({ length: 20_000 }, () => line).join('\n'), { markdown: true }).document,
    );
    expect(paragraphs(tree).map((text) => text.length)).toEqual([20_000 * line.length]);
  });

  it.each([
    ['100,000 empty drawings', '<w:r><w:drawing/></w:r>', '正文。'],
    ['a paragraph of 100,000 lines (Shift+Enter)', '<w:r><w:t>甲</w:t></w:r><w:br/>', `${'甲'.repeat(100_000)}正文。`],
  ])('reads a .docx holding %s', async (_what, xml, text) => {
    const { document } = await importDocxBytes(await paragraphOpening(xml.repeat(100_000)), collectPhotos().addPhoto);
    expect(paragraphs(buildReportTree(document))).toEqual([text]);
  });

  it('refuses a .docx of 100,000 unclosed tags as damaged, without reading on from each of them', async () => {
    const refused = importDocxBytes(await paragraphOpening('<w:drawing>'.repeat(100_000)), collectPhotos().addPhoto);
    await expect(refused).rejects.toBeInstanceOf(ReportError);
  });

  it('imports a Markdown list nested 3,000 deep, its deeper items kept at the deepest level', async () => {
    const depth = 3000;
    const dir = tempDir();
    const input = join(dir, '深列表.md');
    writeFileSync(input, Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- 第${i + 1}项`).join('\n'));
    const meta = { organisation: '学校', year: 2025, kind: 'school' as const };
    const { file } = await importToNewReport(input, join(dir, '深列表.nianbao'), meta);
    closeLater(file);
    const document = file.document!.json;
    // The editor saves only what this schema accepts (report.saveDocument).
    expect(editorStateSchema.safeParse(document).success).toBe(true);
    const items: { text: string; depth: number }[] = [];
    const walk = (node: SerializedNodeJSON, depth: number): void => {
      if (node.type === 'list') {
        for (const child of node.children ?? []) walk(child, depth + 1);
        return;
      }
      if (node.type === 'listitem' && node.children?.every((child) => child.type === 'text')) {
        items.push({ text: node.children.map((child) => child.text).join(''), depth });
      }
      for (const child of node.children ?? []) walk(child, depth);
    };
    walk(document.root, -1);
    expect(items.map((item) => item.text)).toEqual(Array.from({ length: depth }, (_, i) => `第${i + 1}项`));
    expect(Math.max(...items.map((item) => item.depth))).toBe(MAX_LIST_DEPTH);
  });
});
