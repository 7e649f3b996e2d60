import { describe, expect, it } from 'vitest';
import { runsText } from '../../core/import/inline-runs';
import { pdfBlocks } from '../../core/import/pdf-blocks';
import type { PdfBox, PdfPage, PdfTextPiece } from '../../core/import/pdf-layout';
import { pageLines } from '../../core/import/pdf-lines';
import type { SourceBlock } from '../../core/import/source-blocks';

/** A4 in points, a 16 pt body from x 80 to 512 (27 characters a line), lines 29 pt apart, as 年报工坊 prints. */
const LEFT = 80;
const PITCH = 29;
const SIZE = 16;
const PER_LINE = 27;

/** Chinese text set one character wide per em, from `x` on the baseline `y`. */
const piece = (text: string, x: number, y: number, size = SIZE): PdfTextPiece => ({
  text,
  x,
  y,
  size,
  width: [...text].length * size,
  font: 'f1',
});
const page = (number: number, pieces: PdfTextPiece[], extra: Partial<PdfPage> = {}): PdfPage => ({
  number,
  width: 595,
  height: 842,
  pieces,
  pictures: [],
  boxes: [],
  ...extra,
});

/** A paragraph as printed: first line indented two characters, the rest full lines from the left edge. */
function printed(text: string, top: number, indent = 2): { pieces: PdfTextPiece[]; next: number } {
  const lines: string[] = [];
  let rest = text;
  let room = PER_LINE - indent;
  while (rest) {
    lines.push(rest.slice(0, room));
    rest = rest.slice(room);
    room = PER_LINE;
  }
  return {
    pieces: lines.map((line, i) => piece(line, LEFT + (i === 0 ? indent * SIZE : 0), top + i * PITCH)),
    next: top + lines.length * PITCH,
  };
}

const texts = (blocks: readonly SourceBlock[]) =>
  blocks.map((b) =>
    b.kind === 'para'
      ? runsText(b.runs)
      : b.kind === 'images'
        ? `[${b.images.length} ${b.captions.map(runsText).join('|')}]`
        : `<${b.kind} ${'edge' in b ? b.edge : ''}>`,
  );

const A =
  '全州共有中职学校七所，其中国家级重点中等职业学校两所，省级示范学校三所，在校生七千二百六十人，教职工六百九十人。';
const B = '各校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升。';

describe('PDF lines', () => {
  it('closes up the room justification spreads between Chinese characters, keeps a space typed in a title', () => {
    const spread = [...'专任教师中本科及以上学历'].map((ch, i) => piece(ch, LEFT + i * 19, 100));
    const spaces = spread.slice(1).map((p) => ({ ...p, text: ' ', x: p.x - 3, width: 3 }));
    const title = [
      piece('支部建在专业上', LEFT, 140),
      { ...piece(' ', LEFT + 112, 140), width: 4 },
      piece('党建引领强技能', LEFT + 116, 140),
    ];
    expect(pageLines(page(1, [...spread, ...spaces, ...title])).map((l) => l.text)).toEqual([
      '专任教师中本科及以上学历',
      '支部建在专业上 党建引领强技能',
    ]);
  });

  it('splits a line at a wide gap (a 目录 entry and its page number), not at a narrow one', () => {
    const [line] = pageLines(
      page(1, [{ ...piece('1.1', LEFT, 100), width: 23 }, piece('规模结构', LEFT + 30, 100), piece('12', 500, 100)]),
    );
    expect(line?.parts.map((p) => p.text)).toEqual(['1.1 规模结构', '12']);
  });
});

describe('PDF pages → paragraphs', () => {
  it('ends a 目录 entry at its page number, though leaders reach the right edge and a flush-left heading follows', () => {
    const entry = piece(`1 基本情况${'.'.repeat(40)}1`, LEFT, 100);
    const full = { ...entry, width: 512 - LEFT };
    const { blocks } = pdfBlocks([
      page(1, [full]),
      page(2, [piece('1 基本情况', LEFT, 100), ...printed(A, 140).pieces]),
    ]);
    expect(texts(blocks).slice(0, 2)).toEqual([`1 基本情况${'.'.repeat(40)}1`, '1 基本情况']);
  });

  it('starts a paragraph at an indented line or after a short one, and goes on over a page end', () => {
    const a = printed(A + B, 100);
    const b = printed(B, a.next);
    // The page ends mid-paragraph: its last line is full, the next page's first line starts at the left edge.
    const cut = printed(A + A, b.next);
    const onPage1 = cut.pieces.slice(0, 2);
    const onPage2 = cut.pieces.slice(2).map((p, i) => ({ ...p, y: 100 + i * PITCH }));
    const { blocks } = pdfBlocks([page(1, [...a.pieces, ...b.pieces, ...onPage1]), page(2, onPage2)]);
    expect(texts(blocks)).toEqual([A + B, B, A + A]);
  });

  it('leaves out page numbers and a running header, and says so; a line of the body in the margin stays', () => {
    const header = () => piece('昌吉州职业教育质量年度报告', 200, 50, 10.5);
    const folio = (n: number) => piece(`— ${n} —`, 280, 800, 14);
    // Each page's text opens in the top margin band too, as with narrow margins: different lines, so kept.
    const bodies = [B, A, `学校${B}`];
    const pages = bodies.map((body, i) => page(i + 1, [header(), ...printed(body, 100).pieces, folio(i + 1)]));
    pages[2]!.pieces.push(piece('附：数据截至十二月', LEFT, 770));
    const { blocks, notes } = pdfBlocks(pages);
    expect(texts(blocks)).toEqual([...bodies, '附：数据截至十二月']);
    expect(notes).toEqual([
      expect.objectContaining({ kind: 'page-furniture-left-out', text: '昌吉州职业教育质量年度报告 / — 1 —' }),
    ]);
  });

  it('leaves out one picture printed at the same place on every page (a logo in the header), and says so', () => {
    const picture = (key: string) => ({ assetKey: key.repeat(64), width: 800, height: 600, name: `${key}.jpg` });
    const logo = { x: 60, y: 30, width: 40, height: 40, image: picture('0') };
    // Photos of their own, each on its page at the same place: photos, all three.
    const photo = (i: number) => ({ x: 150, y: 300, width: 300, height: 200, image: picture(String(i + 1)) });
    const pages = [A, B, A].map((text, i) => page(i + 1, printed(text, 100).pieces, { pictures: [logo, photo(i)] }));
    const { blocks, notes } = pdfBlocks(pages);
    expect(texts(blocks)).toEqual([A, '[1 ]', B, '[1 ]', A, '[1 ]']);
    expect(notes).toEqual([
      expect.objectContaining({ kind: 'decorations-left-out', message: expect.stringContaining('3') }),
    ]);
  });

  it('gives each of two photos side by side the caption under it, however close the captions stand', () => {
    const pictures = [
      { x: 90, y: 200, width: 200, height: 150, image: null },
      { x: 300, y: 200, width: 200, height: 150, image: null },
    ];
    const captions = [
      piece('图1 学生参加技能大赛', 110, 370, 12),
      piece('图2 教师指导学生', 300, 370, 12),
      // LibreOffice's autospacing, read by pdf.js as a space inside the run.
      piece('3D 打', 396, 370, 12),
      piece('印', 380, 388, 12),
    ];
    const { blocks } = pdfBlocks([
      page(1, [...printed(B, 100).pieces, ...captions, ...printed(A, 420).pieces], { pictures }),
    ]);
    expect(texts(blocks)).toEqual([B, '[2 图1 学生参加技能大赛|图2 教师指导学生3D打印]', A]);
  });

  it('pairs a caption set above a photo with it when none is under it; other text above a photo stays text', () => {
    const photo = (y: number) => ({ x: 150, y, width: 300, height: 150, image: null });
    const { blocks } = pdfBlocks([
      page(
        1,
        [
          ...printed(B, 100).pieces,
          // Above the first photo, wrapped over two lines; under the second, as usual.
          piece('图1 学生在校企共建的实训基地', 170, 170, 12),
          piece('学习', 280, 186, 12),
          piece('图2 教师指导学生实训', 200, 550, 12),
        ],
        { pictures: [photo(200), photo(380)] },
      ),
      page(2, [...printed(A, 100).pieces], { pictures: [photo(200)] }),
    ]);
    expect(texts(blocks)).toEqual([B, '[1 图1 学生在校企共建的实训基地学习]', '[1 图2 教师指导学生实训]', A, '[1 ]']);
  });

  it('takes a box holding 【案例N】 as the case, over a page end, and ends it where the box ends', () => {
    const box = (y: number, height: number): PdfBox => ({ x: LEFT - 8, y, width: 450, height });
    const title = piece('【案例1】校企共建实训基地', LEFT, 130);
    const inCase = printed(A, 130 + PITCH);
    const goesOn = printed(B, 100);
    const after = printed(A, goesOn.next + 40);
    const pages = [
      page(1, [...printed(B, 80 - PITCH).pieces.slice(0, 1), title, ...inCase.pieces], {
        boxes: [box(110, 842 - 110 - 60)],
      }),
      page(2, [...goesOn.pieces, ...after.pieces], { boxes: [box(80, goesOn.next - 80)] }),
    ];
    expect(texts(pdfBlocks(pages).blocks)).toEqual([
      B.slice(0, PER_LINE - 2),
      '<case-box start>',
      '【案例1】校企共建实训基地',
      A,
      B,
      '<case-box end>',
      A,
    ]);
  });

  it('ends a case at the foot of a page when the next page opens with the next case', () => {
    const box = (y: number, height: number): PdfBox => ({ x: LEFT - 8, y, width: 450, height });
    const first = printed(A + A + A, 100 + PITCH);
    const pages = [
      page(1, [piece('【案例1】校企共建实训基地', LEFT, 100), ...first.pieces], { boxes: [box(80, 842 - 80 - 60)] }),
      page(2, [piece('【案例2】技能大赛促成长', LEFT, 100), ...printed(B, 100 + PITCH).pieces], {
        boxes: [box(80, 300)],
      }),
    ];
    expect(texts(pdfBlocks(pages).blocks)).toEqual([
      '<case-box start>',
      '【案例1】校企共建实训基地',
      A + A + A,
      '<case-box end>',
      '<case-box start>',
      '【案例2】技能大赛促成长',
      B,
      '<case-box end>',
    ]);
  });
});

describe('headings read off how they are printed', () => {
  const levels = (blocks: readonly SourceBlock[]) =>
    blocks.flatMap((b) => (b.kind === 'para' && b.styleLevel ? [`${b.styleLevel} ${runsText(b.runs)}`] : []));
  /** A cover page, then chapters and sections: titles larger than the text, or in 黑体 at its size. */
  const report = (titles: [string, string][]) => {
    const pieces: PdfTextPiece[] = [];
    let y = 100;
    for (const [title, look] of titles) {
      pieces.push(
        look === 'hei'
          ? { ...piece(title, LEFT, y), font: 'SimHei' }
          : piece(title, LEFT, y, look === 'large' ? 22 : 18),
      );
      const text = printed(A, y + PITCH);
      pieces.push(...text.pieces);
      y = text.next + 10;
    }
    return [page(1, [piece('某某学校质量年度报告', 150, 300, 26)]), page(2, pieces)];
  };

  it('the largest size level 1, the next level 2, 黑体 at text size below them; the cover and 目录 left alone', () => {
    const { blocks } = pdfBlocks(
      report([
        ['目录', 'large'],
        ['基本情况', 'large'],
        ['学校概况', 'medium'],
        ['办学条件', 'hei'],
        ['人才培养', 'large'],
      ]),
    );
    expect(levels(blocks)).toEqual(['1 基本情况', '2 学校概况', '3 办学条件', '1 人才培养']);
  });

  it('leaves headings typed with numbers to their numbers, whatever their size', () => {
    const { blocks } = pdfBlocks(
      report([
        ['一、基本情况', 'medium'],
        ['学校概况', 'large'],
        ['二、人才培养', 'medium'],
      ]),
    );
    expect(levels(blocks)).toEqual([]);
  });
});
