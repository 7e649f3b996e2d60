import { describe, expect, it } from 'vitest';
import { runsText } from '../../core/import/inline-runs';
import { pdfBlocks } from '../../core/import/pdf-blocks';
import type { PdfBox, PdfPage, PdfRule, PdfTextPiece } from '../../core/import/pdf-layout';
import { pageTables } from '../../core/import/pdf-tables';

const SIZE = 12;
const piece = (text: string, x: number, y: number, font = 'Body'): PdfTextPiece => ({
  text,
  x,
  y,
  size: SIZE,
  width: [...text].length * SIZE,
  font,
});
const page = (pieces: PdfTextPiece[], rules: PdfRule[]): PdfPage => ({
  number: 1,
  width: 595,
  height: 842,
  pieces,
  pictures: [],
  boxes: [],
  rules,
});
const across = (y: number, x0: number, x1: number): PdfRule => ({ x0, x1, y0: y, y1: y });
const down = (x: number, y0: number, y1: number): PdfRule => ({ x0: x, x1: x, y0, y1 });

/**
 * Three columns at x 100, 250, 350, 450; four rows at y 200, 230, 260, 290, 340. The first
 * column's rows 2 and 3 are one cell (no rule between them), the last row's two right cells
 * one cell (no rule between them). Drawn edge by edge, as Chromium draws a table's borders.
 */
function rulesOfTable(): PdfRule[] {
  const xs = [100, 250, 350, 450];
  const ys = [200, 230, 260, 290, 340];
  const rules: PdfRule[] = [];
  for (const [r, y] of ys.entries())
    for (let c = 0; c + 1 < xs.length; c += 1) if (!(r === 2 && c === 0)) rules.push(across(y, xs[c]!, xs[c + 1]!));
  for (const [c, x] of xs.entries())
    for (let r = 0; r + 1 < ys.length; r += 1) if (!(r === 3 && c === 2)) rules.push(down(x, ys[r]!, ys[r + 1]!));
  return rules;
}

/** Every rule of a grid with columns at `xs` and rows at `ys`, each drawn whole. */
const gridRules = (xs: number[], ys: number[]): PdfRule[] => [
  ...ys.map((y) => across(y, xs[0]!, xs.at(-1)!)),
  ...xs.flatMap((x) => ys.slice(1).map((y, i) => down(x, ys[i]!, y))),
];

const cellTexts = (rows: { paragraphs: readonly unknown[]; colSpan?: number; rowSpan?: number }[][]) =>
  rows.map((cells) =>
    cells.map(
      (c) => `${c.paragraphs.join('')}${c.colSpan ? ` ⟷${c.colSpan}` : ''}${c.rowSpan ? ` ↕${c.rowSpan}` : ''}`,
    ),
  );

describe('a table ruled in a PDF becomes a table: cells from its rules, text in its cells, merges', () => {
  const tablePieces = [
    piece('指标', 110, 220, 'Sans-Bold'),
    piece('2024年', 260, 220, 'Sans-Bold'),
    piece('2025年', 360, 220, 'Sans-Bold'),
    piece('在校生数', 110, 265),
    piece('5200', 260, 250),
    piece('5600', 360, 250),
    piece('5300', 260, 280),
    piece('5700', 360, 280),
    // A cell's text wrapped over two lines is one paragraph.
    piece('专任教师数与', 110, 310),
    piece('生师比', 110, 328),
    piece('320', 330, 318),
  ];

  it('reads the grid, spans over missing rules, and heads it with its bold first row', () => {
    const outside = [piece('表前的正文。', 100, 150), piece('表后的正文。', 100, 380)];
    const { tables, pieces } = pageTables(page([...outside, ...tablePieces], rulesOfTable()));
    expect(tables).toHaveLength(1);
    expect(cellTexts(tables[0]!.rows)).toEqual([
      ['指标', '2024年', '2025年'],
      ['在校生数 ↕2', '5200', '5600'],
      ['5300', '5700'],
      ['专任教师数与生师比', '320 ⟷2'],
    ]);
    expect(tables[0]!.header).toBe(true);
    expect(tables[0]!.box).toEqual({ x: 100, y: 200, width: 350, height: 140 });
    // Its text is taken out of the page's lines; what stands outside it stays.
    expect(pieces).toEqual(outside);
  });

  it('a cell holding items or sentences keeps them as its paragraphs; a wrapped line runs on', () => {
    const rules = gridRules([100, 200, 500], [100, 200]);
    const pieces = [
      piece('举措', 110, 120),
      // The longest line, near the cell's right side: the line after goes on with it.
      piece('1.深化产教融合，与二十家企业共建实训基地和', 210, 120),
      piece('产业学院。', 210, 138),
      piece('2.推进三教改革。', 210, 156),
      piece('全年投入经费八百万元。', 210, 174),
      piece('另有专项。', 210, 192),
    ];
    const [table] = pageTables(page(pieces, rules)).tables;
    expect(table!.rows[0]![1]!.paragraphs).toEqual([
      '1.深化产教融合，与二十家企业共建实训基地和产业学院。',
      '2.推进三教改革。',
      '全年投入经费八百万元。',
      '另有专项。',
    ]);
  });

  it('stands in the page’s flow where it is drawn, between the paragraphs around it', () => {
    const text = [piece('表前的正文。', 100, 150), piece('表后的正文。', 100, 380)];
    const { blocks } = pdfBlocks([page([...text, ...tablePieces], rulesOfTable())]);
    expect(blocks.map((b) => (b.kind === 'para' ? runsText(b.runs) : b.kind))).toEqual([
      '表前的正文。',
      'table',
      '表后的正文。',
    ]);
  });

  /**
   * A table of two columns going on over a page end, its first row set in `headerFont`, repeated on the next page or
   * not.
   */
  function continuedTable(headerFont: string, repeated: boolean): PdfPage[] {
    const grid = (ys: number[]) => gridRules([100, 250, 450], ys);
    const row = (y: number, a: string, b: string, font = 'Body') => [piece(a, 110, y, font), piece(b, 260, y, font)];
    const next = repeated
      ? page([...row(80, '专业', '在校生数', headerFont), ...row(110, '护理', '540')], grid([60, 90, 120]))
      : page(row(80, '护理', '540'), grid([60, 90]));
    return [
      page(
        [
          piece('各专业在校生人数如下。', 100, 680),
          ...row(720, '专业', '在校生数', headerFont),
          ...row(750, '机电技术', '620'),
        ],
        grid([700, 730, 760]),
      ),
      { ...next, number: 2 },
    ];
  }

  it('a table going on over a page end is one table, without the header row repeated atop the next page', () => {
    const { blocks } = pdfBlocks(continuedTable('Sans-Bold', true));
    expect(blocks.map((b) => (b.kind === 'table' ? cellTexts(b.rows) : b.kind))).toEqual([
      'para',
      [
        ['专业', '在校生数'],
        ['机电技术', '620'],
        ['护理', '540'],
      ],
    ]);
  });

  it('a first row repeated at the top of the next page heads the table, bold or not', () => {
    const headed = (pages: PdfPage[]) => pdfBlocks(pages).blocks.flatMap((b) => (b.kind === 'table' ? [b.header] : []));
    expect(headed(continuedTable('Body', true))).toEqual([true]);
    expect(headed(continuedTable('Body', false))).toEqual([false]);
  });

  it('a shaded first row heads the table, bold or not; shading over every row heads nothing', () => {
    const plain = tablePieces.map((p) => ({ ...p, font: 'Body' }));
    const shade = (y: number, height: number) => ({ x: 100, y, width: 350, height });
    const headed = (shades: PdfBox[]) => pageTables({ ...page(plain, rulesOfTable()), shades }).tables[0]!.header;
    expect(headed([])).toBe(false);
    expect(headed([shade(200, 30)])).toBe(true);
    expect(headed([shade(200, 140)])).toBe(false);
  });

  it('a page of nothing but a table is that table', () => {
    const { blocks } = pdfBlocks([page(tablePieces, rulesOfTable())]);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
  });

  it('a frame of one cell (a case’s box) and a grid without text are no tables', () => {
    const frame = [across(100, 80, 500), across(400, 80, 500), down(80, 100, 400), down(500, 100, 400)];
    const boxed = page([piece('【案例1】校企共建实训基地', 100, 130)], frame);
    expect(pageTables(boxed).tables).toEqual([]);
    expect(pageTables(page([], rulesOfTable())).tables).toEqual([]);
  });

  it('a box with a 【案例N】 line split into two cells is still a case, not a table', () => {
    // The case's title bar across its whole width, its body below in cells.
    const titled = [...rulesOfTable().filter((r) => !(r.y0 === 200 && r.y1 === 230 && r.x0 > 100 && r.x0 < 450))];
    const { tables } = pageTables(page([piece('【案例2】产教融合', 110, 220), ...tablePieces.slice(3)], titled));
    expect(tables).toEqual([]);
    expect(pageTables(page(tablePieces, titled)).tables).toHaveLength(1);
  });
});

describe('a 三线表 (ruled only across) becomes a table: columns from the gaps every row leaves', () => {
  /** Rules across from x 100 to 450 at each of `ys`. */
  const rulesAt = (...ys: number[]) => ys.map((y) => across(y, 100, 450));
  /** A line of cells on the baseline `y`, in the columns at x 110, 265 and 365. */
  const cellsAt = (y: number, ...texts: string[]) => texts.map((text, i) => piece(text, [110, 265, 365][i]!, y));
  const header = cellsAt(220, '专业', '招生', '就业率');
  const body = [...cellsAt(250, '护理', '200', '99.5'), ...cellsAt(275, '机电技术', '120', '98.3')];

  it('reads its header row above the second rule and a row for each line of its first column', () => {
    const outside = [piece('表1 各专业招生情况', 180, 190), piece('表后的正文。', 100, 330)];
    const { tables, pieces } = pageTables(page([...outside, ...header, ...body], rulesAt(200, 230, 290)));
    expect(tables.map((t) => cellTexts(t.rows))).toEqual([
      [
        ['专业', '招生', '就业率'],
        ['护理', '200', '99.5'],
        ['机电技术', '120', '98.3'],
      ],
    ]);
    expect(tables[0]!.header).toBe(true);
    expect(tables[0]!.box).toEqual({ x: 100, y: 200, width: 350, height: 90 });
    // The caption above it and the text after it stay lines of text.
    expect(pieces).toEqual(outside);
  });

  it('keeps a first cell wrapped over two lines one cell, with the row’s other cells set in its middle', () => {
    const wrapped = [
      piece('计算机应用与大', 110, 250),
      piece('数据技术', 110, 268),
      piece('85', 265, 259),
      piece('97.5', 365, 259),
      ...cellsAt(290, '护理', '200', '99.5'),
    ];
    const { tables } = pageTables(page([...header, ...wrapped], rulesAt(200, 230, 300)));
    expect(tables.map((t) => cellTexts(t.rows))).toEqual([
      [
        ['专业', '招生', '就业率'],
        ['计算机应用与大数据技术', '85', '97.5'],
        ['护理', '200', '99.5'],
      ],
    ]);
  });

  it('takes a rule between its rows as a row’s end; two tables of one width are two, their captions between', () => {
    const second = [piece('表2 就业去向', 180, 325), ...cellsAt(355, '去向', '人数'), ...cellsAt(385, '升学', '35')];
    const rules = rulesAt(200, 230, 260, 290, 335, 365, 395);
    const { tables, pieces } = pageTables(page([...header, ...body, ...second], rules));
    expect(tables.map((t) => cellTexts(t.rows))).toEqual([
      [
        ['专业', '招生', '就业率'],
        ['护理', '200', '99.5'],
        ['机电技术', '120', '98.3'],
      ],
      [
        ['去向', '人数'],
        ['升学', '35'],
      ],
    ]);
    expect(pieces.map((p) => p.text)).toEqual(['表2 就业去向']);
  });

  it('a paragraph, a 目录 or a signature between rules across, or aligned text without rules, stays text', () => {
    const paragraph = [
      piece('学校坚持立德树人根本任务，深化产教', 100, 220),
      piece('融合、校企合作，人才培养质量稳步提', 100, 250),
      piece('升。', 100, 275),
    ];
    expect(pageTables(page(paragraph, rulesAt(200, 230, 290))).tables).toEqual([]);
    const contents = [
      piece('一、基本情况……………………………1', 100, 220),
      piece('二、学生发展……………………………3', 100, 250),
      piece('三、教育教学……………………………6', 100, 275),
    ];
    expect(pageTables(page(contents, rulesAt(200, 230, 290))).tables).toEqual([]);
    // Aligned like a table, but no rules: a signature block.
    const signature = [piece('填报人：张明', 100, 220), piece('审核人：李华', 300, 220)];
    expect(pageTables(page([...signature, ...body], [])).tables).toEqual([]);
    // Two rules (a page's header rule and a footnote's) make no 三线表.
    expect(pageTables(page([...header, ...body], rulesAt(200, 290))).tables).toEqual([]);
  });

  it('a page’s header rule of the table’s width above the text before it is not the table’s top', () => {
    const before = [piece('学校坚持立德树人根本任务，深化产教融合。', 100, 170)];
    const { tables } = pageTables(page([...before, ...header, ...body], rulesAt(60, 200, 230, 290)));
    expect(tables.map((t) => t.box.y)).toEqual([200]);
  });

  it('a 三线表 the page’s end cuts off (its top two rules only) goes on with its rest on the next page', () => {
    const first = page(
      [
        piece('各专业招生与就业情况如下。', 100, 170),
        ...header,
        ...body,
        ...cellsAt(300, '护理', '180', '99.0'),
        // The page's number, at its foot.
        piece('— 3 —', 280, 800),
      ],
      rulesAt(200, 230),
    );
    const next = page(
      [...cellsAt(80, '专业', '招生', '就业率'), ...cellsAt(110, '旅游', '60', '96.6'), piece('— 4 —', 280, 800)],
      rulesAt(60, 90, 120),
    );
    const { blocks } = pdfBlocks([first, { ...next, number: 2 }]);
    const tables = blocks.flatMap((b) => (b.kind === 'table' ? [{ rows: cellTexts(b.rows), header: b.header }] : []));
    expect(tables).toEqual([
      {
        rows: [
          ['专业', '招生', '就业率'],
          ['护理', '200', '99.5'],
          ['机电技术', '120', '98.3'],
          ['护理', '180', '99.0'],
          ['旅游', '60', '96.6'],
        ],
        header: true,
      },
    ]);
  });

  it('two rules with text going on under them, or with a whole page between them, are no table', () => {
    const after = piece('表后的正文。', 100, 400);
    expect(pageTables(page([...header, ...body, after], rulesAt(200, 230))).tables).toEqual([]);
    // A page's header rule and footer rule around a 目录 set in two columns (entries, page numbers).
    const contents = ['基本情况', '学生发展', '教育教学', '服务贡献', '文化传承'].flatMap((entry, i) => [
      piece(entry, 110, 120 + i * 30),
      piece(String(i * 4 + 1), 430, 120 + i * 30),
    ]);
    expect(pageTables(page([...contents, piece('— 1 —', 280, 800)], rulesAt(60, 780))).tables).toEqual([]);
  });
});
