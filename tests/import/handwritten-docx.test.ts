import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import {
  type Producer,
  characterReferences,
  inlinePicture,
  paragraph,
  paragraphStyle,
  run,
  table,
  wordPackage,
} from '../fixtures/ooxml/word-package';
import { wpsTextBox } from './edit-docx';
import { sourceParagraphs, unaccountedParagraphs } from './text-coverage';

/** Imports `bytes`, expecting every source paragraph in the report or named in a note. */
async function importCovered(bytes: Buffer) {
  const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
  expect(await unaccountedParagraphs(bytes, result)).toEqual([]);
  return { result, tree: buildReportTree(result.document) };
}

const headings = (tree: ReturnType<typeof buildReportTree>) => tree.headings.map((h) => [h.level, h.text]);
const body = (...texts: string[]) => texts.map((t) => paragraph(t)).join('');

describe('.docx files written by hand as Word, WPS and Pages write them (valid XML the regex reader misread)', () => {
  it('reads an outline level written with a space before "/>" (<w:outlineLvl w:val="1" />), as WPS does', async () => {
    const level = (n: number) => `<w:outlineLvl w:val="${n}" />`;
    const bytes = wordPackage({
      producer: 'wps',
      body: [
        paragraph('学校基本情况', { properties: level(0) }),
        body('全州共有中职学校6所。'),
        paragraph('规模和结构', { properties: level(1) }),
        body('在校生1.2万人。'),
      ].join(''),
    });
    const { tree } = await importCovered(bytes);
    expect(headings(tree)).toEqual([
      [1, '学校基本情况'],
      [2, '规模和结构'],
    ]);
  });

  it('takes a paragraph’s outline level as it is now, not as a tracked change (w:pPrChange) had it', async () => {
    const wasHeading =
      '<w:pPrChange w:id="9" w:author="张老师" w:date="2025-11-02T10:00:00Z">' +
      '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>';
    const bytes = wordPackage({
      body: [
        paragraph('学校基本情况', { properties: '<w:outlineLvl w:val="0"/>' }),
        paragraph('原为标题的一段正文，修订后已改为正文。', { properties: wasHeading }),
        body('全州共有中职学校6所。'),
      ].join(''),
    });
    const { tree } = await importCovered(bytes);
    expect(headings(tree)).toEqual([[1, '学校基本情况']]);
    expect(tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toContain(
      '原为标题的一段正文，修订后已改为正文。',
    );
  });

  it('leaves out hidden text inside a text box and imports the rest, the box’s shown text included', async () => {
    const boxed = wpsTextBox(paragraph(`${run('（填写说明：此处隐藏）', '<w:vanish/>')}${run('框内正文。')}`));
    const bytes = wordPackage({
      producer: 'wps',
      body: [body('一、基本情况', '框前正文。'), paragraph(`<w:r>${boxed}</w:r>`), body('框后正文。')].join(''),
    });
    const { result, tree } = await importCovered(bytes);
    expect(tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual([
      '框前正文。',
      '框内正文。',
      '框后正文。',
    ]);
    expect(result.notes.map((n) => n.kind)).toContain('hidden-text-left-out');
  });

  it('decodes style names and ids written as character references (&#x5927;…), as Pages writes them', async () => {
    const [big, small] = [characterReferences('大标题'), characterReferences('小标题')];
    const bytes = wordPackage({
      producer: 'pages',
      styles:
        paragraphStyle(big, big, { properties: '<w:outlineLvl w:val="0"/>' }) +
        paragraphStyle(small, small, { basedOn: big, properties: '<w:outlineLvl w:val="1"/>' }),
      body: [
        paragraph('学校基本情况', { style: big }),
        body('全州共有中职学校6所。'),
        paragraph('规模和结构', { style: small }),
        body('在校生1.2万人。'),
      ].join(''),
    });
    const { tree } = await importCovered(bytes);
    expect(headings(tree)).toEqual([
      [1, '学校基本情况'],
      [2, '规模和结构'],
    ]);
  });

  it('the coverage check itself finds a paragraph the report lacks', async () => {
    const bytes = wordPackage({ body: body('第一段。', '第二段。') });
    const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(await sourceParagraphs(bytes)).toEqual(['第一段。', '第二段。']);
    const withoutSecond = JSON.parse(JSON.stringify(result.document).replace('第二段。', '')) as typeof result.document;
    expect(await unaccountedParagraphs(bytes, { ...result, document: withoutSecond })).toEqual(['第二段。']);
  });

  it.each<Producer>(['word', 'wps'])(
    'keeps a form table holding a signature picture as a table with all its text, the signature no figure (%s)',
    async (producer) => {
      const signature = await sharp({ create: { width: 300, height: 120, channels: 3, background: '#fff' } })
        .png()
        .toBuffer();
      const form = table([
        [paragraph('开题检查记录表', { align: 'center' })],
        [paragraph('学生姓名'), paragraph('李明'), paragraph('学号'), paragraph('2021001')],
        [paragraph('指导教师'), paragraph('王芳'), paragraph('职称'), paragraph('副教授')],
        [paragraph('指导教师意见'), paragraph('选题合理，同意开题。')],
        [paragraph('签名'), paragraph(inlinePicture('signature.png', 3, 1.2))],
        [paragraph('答辩小组'), paragraph('张华、赵强、孙丽')],
      ]);
      const bytes = wordPackage({
        producer,
        media: { 'signature.png': signature },
        body: [body('一、开题情况', '开题检查记录如下。'), form, body('以上记录属实。')].join(''),
      });
      const { result, tree } = await importCovered(bytes);
      expect(tree.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
      // The signature is no figure of the report (it would take 图1 and renumber every real one).
      expect(tree.figures).toEqual([]);
      expect(result.notes.filter((n) => n.kind === 'signatures-left-out').map((n) => n.message)).toEqual([
        expect.stringContaining('1 张签名'),
      ]);
    },
  );
});
