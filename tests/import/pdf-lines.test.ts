import { describe, expect, it } from 'vitest';
import type { PdfTextPiece } from '../../core/import/pdf-layout';
import { joinWrapped, pageLines } from '../../core/import/pdf-lines';

const SIZE = 12;
/**
 * Pieces set one after another on one baseline, each `gap` ems after the last; a Latin letter or digit half an em wide.
 */
function line(...items: (string | number)[]): PdfTextPiece[] {
  const pieces: PdfTextPiece[] = [];
  let x = 100;
  for (const item of items) {
    if (typeof item === 'number') {
      x += item * SIZE;
      continue;
    }
    const width = [...item].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * SIZE, 0);
    pieces.push({ text: item, x, y: 200, width, size: SIZE, font: 'f1' });
    x += width;
  }
  return pieces;
}
const textOf = (pieces: PdfTextPiece[]) =>
  pageLines({ number: 1, width: 595, height: 842, pieces, pictures: [], boxes: [] }).map((l) => l.text);

describe('a line’s text: the room autospacing puts between Latin and Chinese is no space', () => {
  it('a fifth of an em between a number or a Latin word and Chinese, either order, as a gap or a space piece', () => {
    expect(textOf(line('学校于', 0.2, '2024', 0.2, '年开展'))).toEqual(['学校于2024年开展']);
    expect(textOf(line('建成', 0.2, '3D', 0.2, '打印实训室'))).toEqual(['建成3D打印实训室']);
    // LibreOffice's autospacing drawn as a space of its own between two runs.
    const space: PdfTextPiece = { text: ' ', x: 124, y: 200, width: 0.2 * SIZE, size: SIZE, font: 'f1' };
    expect(textOf([...line('2024'), space, ...line(2.2, '年')])).toEqual(['2024年']);
  });

  it('inside one run, where pdf.js reads the room as a space: 2024 年 → 2024年, 年 ABC → 年ABC', () => {
    expect(textOf(line('2024 年在校生 5200 人'))).toEqual(['2024年在校生5200人']);
    expect(textOf(line('使用 Python 编程'))).toEqual(['使用Python编程']);
  });

  it('keeps real spaces: between Latin words, gaps wider than autospacing, after heading and caption numbers', () => {
    expect(textOf(line('ABC', 0.25, 'word'))).toEqual(['ABC word']);
    expect(textOf(line('ABC word 3D'))).toEqual(['ABC word 3D']);
    expect(textOf(line('学校', 0.5, 'SYB', 0.5, '课程'))).toEqual(['学校 SYB 课程']);
    expect(textOf(line('1 基本情况'))).toEqual(['1 基本情况']);
    expect(textOf(line('2.1 办学规模'))).toEqual(['2.1 办学规模']);
    expect(textOf(line('表3 2024', 0.2, '年招生情况'))).toEqual(['表3 2024年招生情况']);
  });
});

describe('wrapped lines joined into a paragraph', () => {
  it('a number in Chinese text cut by the line’s end is one number again; Latin words and numbers keep spaces', () => {
    expect(joinWrapped(['深化产教融合、校企合作，2', '024年人才培养质量稳步提升。'])).toBe(
      '深化产教融合、校企合作，2024年人才培养质量稳步提升。',
    );
    expect(joinWrapped(['通过 ISO 9001', '2015 认证'])).toBe('通过 ISO 9001 2015 认证');
    expect(joinWrapped(['students in', '2024 were'])).toBe('students in 2024 were');
    expect(joinWrapped(['学校现有在校生', '3200人'])).toBe('学校现有在校生3200人');
  });
});
