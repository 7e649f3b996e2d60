import { describe, expect, it } from 'vitest';
import { documentTooDeep } from '../../core/document/editor-json';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';

const treeOf = (text: string, markdown = false) => {
  const result = importText(text, { markdown });
  return { result, tree: buildReportTree(result.document) };
};
const kinds = (r: ReturnType<typeof importText>, kind: string) => r.notes.filter((n) => n.kind === kind);
const long = '这是一段足够长的正文内容，用来模拟从PDF复制出来的段落文字';

describe('text import', () => {
  it('rejoins a paragraph broken mid-sentence, but not after a full stop, a short line or before a heading', () => {
    const { tree, result } = treeOf(
      [
        `1. 概况`,
        `${long}在页末`,
        `断开后继续。`,
        `${long}。`,
        `新段落开始。`,
        '2025年12月',
        '短行',
        `${long}在标题前`,
        '2. 下一章',
      ].join('\n'),
    );
    const paras = tree.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toEqual([
      `${long}在页末断开后继续。`,
      `${long}。`,
      '新段落开始。',
      '2025年12月',
      '短行',
      `${long}在标题前`,
    ]);
    expect(kinds(result, 'paragraphs-rejoined')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('在页末｜断开后继续') }),
    ]);
    expect(tree.headings.map((h) => h.text)).toEqual(['概况', '下一章']);
  });

  it('keeps a list typed without full stops (a school’s honours) apart, yet joins a page-cut sentence by it', () => {
    const honours = [
      '学校被评为自治区职业教育工作先进集体单位称号',
      '学校获评全国职业院校数字校园建设试点学校',
      '学校获评文明校园',
      '学校入选自治区优质中等职业学校建设单位名单',
    ];
    const { tree, result } = treeOf(
      ['1. 概况', `${long}，近年来获得的荣誉有`, ...honours, `${long}在页末`, '断开后继续。'].join('\n'),
    );
    const paras = tree.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toEqual([`${long}，近年来获得的荣誉有`, ...honours, `${long}在页末断开后继续。`]);
    expect(kinds(result, 'paragraphs-rejoined')).toHaveLength(1);
  });

  it('does not join a list item onto the paragraph before it', () => {
    const { tree } = treeOf(
      ['1. 概况', `${long}如下`, '1. 第一条内容比较长，说明一些情况。', '2. 第二条内容。'].join('\n'),
    );
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list']);
  });

  it('reads bullet lines (• ◦ ▪ as copied from a PDF, a bullet alone on its line too) as a list with levels', () => {
    const { tree } = treeOf(
      ['1. 概况', `${long}：`, '• 专业建设', '◦ 新增专业3个', '•', '师资队伍', '▪ 校园文化', `${long}。`].join('\n'),
    );
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'paragraph']);
    const list = tree.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => [i.text, i.depth, i.ordered])).toEqual([
      ['专业建设', 0, false],
      ['新增专业3个', 1, false],
      ['师资队伍', 0, false],
      ['校园文化', 2, false],
    ]);
  });

  it('reads a list typed after a paragraph ("3. …") as going on from 3; a Markdown list from its first number', () => {
    const starts = (tree: ReturnType<typeof buildReportTree>) =>
      tree.blocks.flatMap((b) => (b.kind === 'list' ? [[b.start, b.items.map((i) => i.text)]] : []));
    const typed = treeOf(
      [
        '1. 概况',
        `${long}如下`,
        '1. 完善专业设置，新增专业3个。',
        '2. 深化产教融合，共建实训基地。',
        `其中产教融合成效显著，${long}。`,
        '3. 加强师资建设，引进教师20人。',
        `下一步，${long}。`,
        '1. 扩大招生规模，新增班级8个。',
        '2. 推进国际合作，互派教师交流。',
      ].join('\n'),
    ).tree;
    expect(starts(typed)).toEqual([
      [1, ['完善专业设置，新增专业3个。', '深化产教融合，共建实训基地。']],
      [3, ['加强师资建设，引进教师20人。']],
      [1, ['扩大招生规模，新增班级8个。', '推进国际合作，互派教师交流。']],
    ]);
    const markdown = treeOf(['# 基本情况', '1. 甲', '2. 乙', '', '正文。', '', '3. 丙', '4. 丁'].join('\n'), true).tree;
    expect(starts(markdown)).toEqual([
      [1, ['甲', '乙']],
      [3, ['丙', '丁']],
    ]);
  });

  it('keeps a Markdown list indented 100 levels deep within the editor’s three, every item in order', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}- 第${i + 1}项`);
    const { tree, result } = treeOf(['# 概况', ...lines].join('\n'), true);
    const list = tree.blocks.find((b) => b.kind === 'list');
    const items = list?.kind === 'list' ? list.items : [];
    expect(items.map((i) => i.text)).toEqual(lines.map((l) => l.trim().slice(2)));
    expect(items.map((i) => i.depth)).toEqual([0, 1, ...Array<number>(98).fill(2)]);
    expect(documentTooDeep(result.document)).toBe(false);
  });

  it('splits a run-on heading using its siblings, or a near sentence mark', () => {
    const { tree, result } = treeOf(
      [
        '3. 服务',
        '3.1 服务行业企业',
        '正文。',
        `3.2 服务区域发展支持校地、校企开展产学研合作。${long}。`,
        '3.3 服务乡村振兴',
        '正文。',
      ].join('\n'),
    );
    expect(tree.headings.map((h) => h.text)).toEqual(['服务', '服务行业企业', '服务区域发展', '服务乡村振兴']);
    expect(kinds(result, 'heading-split')).toHaveLength(1);
    const other = treeOf(['1. 概况', `1.1 规模和结构。${long}。`].join('\n')).tree;
    expect(other.headings.map((h) => h.text)).toEqual(['概况', '规模和结构']);
  });

  it('notes skipped and repeated heading numbers, out-of-sequence cases and figures', () => {
    const { result } = treeOf(
      [
        '1. 甲',
        '1.1 子',
        '1.3 跳号',
        '1.3 重复',
        '【案例1】一',
        '图1 一',
        '【案例3】三',
        '图3 三',
        '【案例 4】四',
      ].join('\n'),
    );
    expect(kinds(result, 'heading-number-skipped').map((n) => n.message)).toEqual([
      expect.stringContaining('应为 1.2'),
    ]);
    expect(kinds(result, 'heading-number-duplicate').map((n) => n.text)).toEqual(['1.3 重复']);
    expect(kinds(result, 'case-number-out-of-sequence').map((n) => n.text)).toEqual(['【案例3】三']);
    expect(kinds(result, 'figure-number-out-of-sequence').map((n) => n.text)).toEqual(['图3 三']);
    expect(kinds(result, 'case-label-non-standard')).toEqual([]);
  });

  it('reads case labels numbered in Chinese numerals or per chapter, checking their sequence in the form typed', () => {
    const han = treeOf(
      ['一、甲', '【案例一】共建基地', '正文。', '案例二：匠心育人', '正文。', '【案例四】服务乡村', '正文。'].join(
        '\n',
      ),
    );
    expect(han.tree.cases.map((c) => c.title)).toEqual(['共建基地', '匠心育人', '服务乡村']);
    expect(kinds(han.result, 'case-number-out-of-sequence').map((n) => n.message)).toEqual([
      expect.stringContaining('应为 三'),
    ]);
    expect(kinds(han.result, 'case-label-non-standard')).toHaveLength(3);
    // Labelled one way throughout, the cases are noted once.
    const oneWay = treeOf(
      ['一、甲', '【案例一】共建基地', '正文。', '【案例二】匠心育人', '正文。', '【案例三】服务乡村', '正文。'].join(
        '\n',
      ),
    );
    expect(kinds(oneWay.result, 'case-label-non-standard')).toEqual([]);
    expect(kinds(oneWay.result, 'case-labels-non-standard').map((n) => [n.text, n.message])).toEqual([
      ['【案例一】共建基地', expect.stringContaining('3 个案例都标注为“【案例一】”')],
    ]);
    const perChapter = treeOf(
      [
        '1. 甲',
        '【案例1-1】一',
        '正文。',
        '【案例1-2】二',
        '正文。',
        '2. 乙',
        '【案例2-1】三',
        '正文。',
        '【案例2-3】四',
        '正文。',
      ].join('\n'),
    );
    expect(perChapter.tree.cases.map((c) => c.title)).toEqual(['一', '二', '三', '四']);
    // 【案例2-1】 is a house style since cases can be numbered per chapter (报告设置).
    expect(kinds(perChapter.result, 'case-label-non-standard')).toEqual([]);
    expect(kinds(perChapter.result, 'case-number-out-of-sequence').map((n) => [n.text, n.message])).toEqual([
      ['【案例2-3】四', expect.stringContaining('应为 2-2')],
    ]);
  });

  it('takes the short line under a case label typed alone on its line for the case’s title', () => {
    const { tree } = treeOf(
      ['一、甲', '【案例1】', '校企共建实训基地', `${long}。`, '【案例2】', `学校推进产教融合，${long}。`].join('\n'),
    );
    expect(tree.cases.map((c) => [c.title, c.body.length])).toEqual([
      ['校企共建实训基地', 1],
      ['', 1],
    ]);
  });

  it('ends a case at the next heading, the next case, or body text after its figures', () => {
    const { tree } = treeOf(
      [
        '1. 甲',
        '【案例1】一',
        '案例正文。',
        '图1 照片',
        '本节的正文，不属于案例。',
        '【案例2】二',
        '正文。',
        '【案例3】三',
        '正文。',
        '1.1 小节',
      ].join('\n'),
    );
    expect(tree.cases.map((c) => c.body.map((b) => b.kind))).toEqual([
      ['paragraph', 'figure'],
      ['paragraph'],
      ['paragraph'],
    ]);
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'case', 'paragraph', 'case', 'case', 'heading']);
  });

  it('uses the Chinese numbering scheme when the text has no decimal section numbers', () => {
    const { tree } = treeOf(
      ['一、基本情况', '（一）规模', '1. 学校数量', '（1）中职', '正文。', '二、质量'].join('\n'),
    );
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模'],
      [3, '学校数量'],
      [4, '中职'],
      [1, '质量'],
    ]);
  });

  it('reads Markdown headings, lists and emphasis', () => {
    const { tree } = treeOf(
      ['# 基本情况', '## 规模', '正文有**加粗**和*倾斜*。', '- 一项', '- 二项', '【案例1】标题', '图1 照片'].join('\n'),
      true,
    );
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模'],
    ]);
    const p = tree.blocks.find((b) => b.kind === 'paragraph');
    expect(p?.kind === 'paragraph' && p.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['加粗']);
    expect(p?.kind === 'paragraph' && p.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['倾斜']);
    expect(tree.blocks.find((b) => b.kind === 'list')).toMatchObject({
      ordered: false,
      items: [{ text: '一项' }, { text: '二项' }],
    });
    expect(tree.cases[0]?.body.map((b) => b.kind)).toEqual(['figure']);
  });

  it('reads Markdown paragraphs whose lines are wrapped, one paragraph a line, and GFM tables', () => {
    const md = [
      '# 基本情况',
      '学校坚持立德树人，把思想政治教育贯穿人才培养全过程，',
      '学生满意度逐年提高，毕业生获得 SYB',
      'training certificates。',
      '第二段自成一行。',
      '第三段也自成一行。',
      '图1 学生在实训基地',
      '',
      '表1 各校招生情况',
      '',
      '| 学校 | 招生**人数** |',
      '|---|:---:|',
      '| 木垒县职业中专 | 320 |',
      '| 奇台县职业中专 | 415 |',
      '',
      '- 一项，',
      '  接着写完。',
      '  1. 缩进的编号项',
    ].join('\n');
    const { tree } = treeOf(md, true);
    const paragraphs = tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual([
      '学校坚持立德树人，把思想政治教育贯穿人才培养全过程，学生满意度逐年提高，毕业生获得 SYB training certificates。',
      '第二段自成一行。',
      '第三段也自成一行。',
    ]);
    expect(tree.figures.map((f) => f.caption)).toEqual(['学生在实训基地']);
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.caption).toBe('各校招生情况');
    expect(
      table?.kind === 'table' && table.rows.map((row) => row.map((c) => `${c.header ? 'th' : 'td'}:${c.text}`)),
    ).toEqual([
      ['th:学校', 'th:招生人数'],
      ['td:木垒县职业中专', 'td:320'],
      ['td:奇台县职业中专', 'td:415'],
    ]);
    expect(table?.kind === 'table' && table.rows[0]![1]!.runs.filter((r) => r.bold).map((r) => r.text)).toEqual([
      '人数',
    ]);
    // The indented item nests under the one above it, as in CommonMark.
    expect(
      tree.blocks
        .filter((b) => b.kind === 'list')
        .map((b) => (b.kind === 'list' ? b.items.map((i) => [i.text, i.depth, i.ordered]) : [])),
    ).toEqual([
      [
        ['一项，接着写完。', 0, false],
        ['缩进的编号项', 1, true],
      ],
    ]);
  });

  it('reads Markdown editors’ exports: links, code, HTML tags, rules, <br>, setext headings, footnotes', () => {
    const md = [
      '基本情况',
      '====',
      '学校是[国家级示范校](https://example.com "链接")，详见`附件1`和<https://example.com/a>。<br>第二行',
      '',
      '---',
      '* * *',
      '学校~~曾经~~现有<span style="color:red">3200</span>名学生，\\*号照打，**数据**可靠[^1]。',
      '',
      '规模 {#scale}',
      '----',
      '1. 第一条',
      '2. 第二条',
      '',
      '[^1]: 数据来源：',
      '    州教育局。',
      '## 专业 {#major}',
      '| 项目 | 说明 |',
      '|---|---|',
      '| 专业 | 12个<br>新增2个 |',
    ].join('\n');
    const { tree, result } = treeOf(md, true);
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模'],
      [2, '专业'],
    ]);
    const paragraphs = tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toEqual([
      '学校是国家级示范校，详见附件1和https://example.com/a。',
      '第二行',
      '学校曾经现有3200名学生，*号照打，数据可靠（注：数据来源：州教育局。）。',
    ]);
    const withBold = tree.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('数据可靠'));
    expect(withBold?.kind === 'paragraph' && withBold.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['数据']);
    // Under "#" headings, "1." at the margin is a list, as in CommonMark.
    expect(tree.blocks.find((b) => b.kind === 'list')).toMatchObject({
      ordered: true,
      items: [{ text: '第一条' }, { text: '第二条' }],
    });
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]![1]!.text).toBe('12个\n新增2个');
    expect(kinds(result, 'footnote-inlined').map((n) => n.text)).toEqual(['（注：数据来源：州教育局。）']);
  });

  it('reads cells copied out of Excel, WPS表格 or a web page (tab-separated) as a table, with its 表N caption', () => {
    const { tree, result } = treeOf(
      [
        '学校现有专业如下。',
        '表1 各专业在校生情况',
        '专业\t在校生\t毕业生',
        '机电技术应用\t320\t95',
        '计算机应用\t410\t',
        '合计\t730\t95',
        '',
        '联系人\t张三',
        '',
        '\t2024年\t2025年',
        '招生\t3517\t3600',
      ].join('\n'),
    );
    expect(tree.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
    const [first, second] = tree.blocks.filter((b) => b.kind === 'table');
    expect(first?.kind === 'table' && [first.caption, first.rows.map((row) => row.map((cell) => cell.text))]).toEqual([
      '各专业在校生情况',
      [
        ['专业', '在校生', '毕业生'],
        ['机电技术应用', '320', '95'],
        ['计算机应用', '410', ''],
        ['合计', '730', '95'],
      ],
    ]);
    // Words over numbers: the first row is the header row.
    const headerStates = (result.document.root.children ?? [])
      .filter((b) => b.type === 'table')
      .map((t) => (t.children ?? [])[0]!.children!.map((c) => c.headerState));
    expect(headerStates).toEqual([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    // The corner of a header row is an empty cell; one line of cells alone is text.
    expect(second?.kind === 'table' && second.rows[0]!.map((cell) => cell.text)).toEqual(['', '2024年', '2025年']);
    expect(tree.blocks[2]?.kind === 'paragraph' && tree.blocks[2].text).toBe('联系人\t张三');
    expect(result.notes).toEqual([]);
  });

  it('reads Excel’s quoted cells, which hold line breaks (在校生⏎人数) and quote marks, as one cell', () => {
    const { tree } = treeOf(
      ['专业\t"在校生', '人数"\t"毕业生', '人数"', '"""双高""专业群"\t320\t95', '计算机应用\t410\t120'].join('\n'),
    );
    const table = tree.blocks[0];
    expect(table?.kind === 'table' && table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['专业', '在校生\n人数', '毕业生\n人数'],
      ['"双高"专业群', '320', '95'],
      ['计算机应用', '410', '120'],
    ]);
    // A quote mark never closed is text: the line alone is the row, and one row is no table.
    const stray = treeOf(['"双高\t建设\t2', '学校坚持立德树人。', '计算机\t410\t120'].join('\n')).tree;
    expect(stray.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps tab-indented paragraphs and a 目录 copied out of Word (a tab before each page number) out of tables', () => {
    const { tree, result } = treeOf(
      [
        '目录',
        '一、基本情况\t1',
        '（一）规模和结构\t1',
        '二、人才培养\t3',
        '一、基本情况',
        '\t学校现有在校生3200人。',
        '\t学校坚持立德树人。',
        '二、人才培养',
        '\t学校深化产教融合。',
      ].join('\n'),
    );
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(tree.headings.map((h) => h.text)).toEqual(['基本情况', '人才培养']);
    expect(kinds(result, 'toc-left-out')).toHaveLength(1);
  });

  it('gives a document with one empty paragraph for empty text', () => {
    const { tree, result } = treeOf('\n \n');
    expect(tree.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(result.notes).toEqual([]);
  });
});
