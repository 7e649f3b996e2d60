import { describe, expect, it } from 'vitest';
import { quantityEdit } from '../../renderer/data/cell-edits';
import { itemsStartingWith, typedName } from '../../renderer/editor/data-field/name-match';
import { schoolData } from '../helpers/memory-data';

const students = schoolData().quantities[0]!;

describe('a cell of the 数据 sheet', () => {
  it('reads numbers as they are typed, with the unit or separators, and empty as not filled in', () => {
    expect(quantityEdit(students, 'value', '6,531')).toEqual({ ok: true, change: { ref: 'students', value: 6531 } });
    expect(quantityEdit(students, 'value', '６５３１人')).toEqual({
      ok: true,
      change: { ref: 'students', value: 6531 },
    });
    expect(quantityEdit(students, 'previous', '')).toEqual({ ok: true, change: { ref: 'students', previous: null } });
    expect(quantityEdit(students, 'year', '2025年')).toEqual({ ok: true, change: { ref: 'students', year: 2025 } });
    expect(quantityEdit(students, 'source', ' 事业统计 ')).toEqual({
      ok: true,
      change: { ref: 'students', source: '事业统计' },
    });
  });

  it('says in Chinese why text, another unit or an impossible year cannot be taken', () => {
    const message = (column: Parameters<typeof quantityEdit>[1], text: string) => {
      const edit = quantityEdit(students, column, text);
      return edit.ok ? null : edit.message;
    };
    expect(message('value', '六千五')).toMatch(/在校生数.*不是数字/);
    expect(message('value', '6531万元')).toMatch(/单位是“人”/);
    expect(message('year', '去年')).toMatch(/不是年份/);
    expect(message('year', '1800')).toMatch(/年份/);
    expect(message('name', '')).toMatch(/名称不能为空/);
    expect(message('name', '在校生+教师')).toMatch(/运算符号/);
  });
});

describe('a name typed in the text', () => {
  const names = ['在校生数', '专任教师数', '专业数', '生师比'];

  it('is the longest end of the text before the caret that starts a name, two characters or more', () => {
    expect(typedName('全校在校生', names)).toBe('在校生');
    expect(typedName('现有专任教师数', names)).toBe('专任教师数');
    expect(typedName('全校的专', names)).toBeNull(); // one character is too little
    expect(typedName('专业', names)).toBe('专业');
    expect(typedName('在校生6531', names)).toBeNull(); // a number typed after it: the writer went on
    expect(typedName('学校概况', names)).toBeNull();
  });

  it('offers the name it spells whole first, then the shorter', () => {
    const items = ['专业课教师数', '专业数', '专业'];
    expect(itemsStartingWith('专业', items, (n) => n)).toEqual(['专业', '专业数', '专业课教师数']);
  });
});
