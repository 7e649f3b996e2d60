import { describe, expect, it } from 'vitest';
import { FormulaError, formulaNames, parseFormula, renameInFormula } from '../../core/data/formula';

function fails(source: string): string {
  try {
    parseFormula(source);
  } catch (err) {
    expect(err).toBeInstanceOf(FormulaError);
    return (err as FormulaError).message;
  }
  throw new Error(`parsed: ${source}`);
}

describe('formula language', () => {
  it('parses names, numbers and the four operations with the usual precedence', () => {
    expect(parseFormula('在校生数 / 专任教师数')).toEqual({
      kind: 'binary',
      op: '/',
      left: { kind: 'name', name: '在校生数', previous: false },
      right: { kind: 'name', name: '专任教师数', previous: false },
    });
    // 1 + 2 × 3: × binds tighter; − is left to right (10 − 4 − 3 is (10 − 4) − 3).
    expect(parseFormula('1 + 2 × 3')).toMatchObject({ op: '+', right: { op: '*' } });
    expect(parseFormula('10 - 4 - 3')).toMatchObject({
      op: '-',
      left: { op: '-', left: { value: 10 } },
      right: { value: 3 },
    });
    expect(parseFormula('-a * 2')).toMatchObject({ op: '*', left: { kind: 'negate' } });
  });

  it('reads full-width brackets, ÷ ×, full-width digits, quoted names and 上年(…)', () => {
    const node = parseFormula('（招生数 － 上年（招生数））÷ 上年(招生数) × １００');
    expect(formulaNames(node)).toEqual(['招生数']);
    expect(node).toMatchObject({
      op: '*',
      right: { value: 100 },
      left: { op: '/', right: { kind: 'name', previous: true } },
    });
    expect(parseFormula('「2024年招生数」 + [校 外 实训基地数]')).toMatchObject({
      left: { name: '2024年招生数' },
      right: { name: '校 外 实训基地数' },
    });
    // 上年 not followed by a bracket is a name like any other.
    expect(parseFormula('上年 + 1')).toMatchObject({ left: { kind: 'name', name: '上年', previous: false } });
  });

  it('says in Chinese what is wrong with a formula that does not parse', () => {
    expect(fails('')).toBe('公式是空的');
    expect(fails('在校生数 /')).toBe('公式不完整：末尾缺少数或名称');
    expect(fails('(在校生数 / 专任教师数')).toBe('缺少右括号');
    expect(fails('在校生数 / 专任教师数)')).toBe('多了一个右括号');
    expect(fails('在校生数 专任教师数')).toContain('缺少运算符号');
    expect(fails('就业人数 / 毕业生数 * 100%')).toBe('公式中的百分数请写成小数（30% 写作 0.3）');
    expect(fails('在校生数 ^ 2')).toContain('“^”不能出现在公式中');
    expect(fails('「在校生数')).toBe('“「”没有配对的“」”');
    expect(fails('上年(1)')).toBe('上年( ) 中应写一个数据的名称');
    expect(fails('* 2')).toBe('“×”前面缺少数或名称');
    expect(fails(`${'('.repeat(40)}1${')'.repeat(40)}`)).toBe('括号套得太深');
    expect(fails(Array.from({ length: 300 }, () => 'a').join('+'))).toBe('公式太长');
  });

  it('renames a name in a formula, quoting the new one where it needs quotes, and leaves others alone', () => {
    expect(renameInFormula('在校生数 / 专任教师数', '在校生数', '全日制在校生数')).toBe('全日制在校生数 / 专任教师数');
    expect(renameInFormula('(招生数 - 上年(招生数)) / 上年(招生数)', '招生数', '秋季招生数')).toBe(
      '(秋季招生数 - 上年(秋季招生数)) / 上年(秋季招生数)',
    );
    expect(renameInFormula('「在校 生数」/ 专任教师数', '在校 生数', '2025年在校生')).toBe(
      '「2025年在校生」/ 专任教师数',
    );
    // 在校生数2 is another name, not 在校生数 followed by 2.
    expect(renameInFormula('在校生数2 + 在校生数', '在校生数', 'x')).toBe('在校生数2 + x');
  });
});
