import { describe, expect, it } from 'vitest';
import { changeText, formatNumber, formatValue } from '../../core/data/format';
import { dimensionName, fromBase, toBase, unitInfo } from '../../core/data/units';

describe('units', () => {
  it('converts money, area and counts with a scale word to base units and back', () => {
    expect(toBase(2.9, '万元')).toBe(29_000);
    expect(toBase(1.2, '亿元')).toBe(120_000_000);
    expect(toBase(3, '千元')).toBe(3_000);
    expect(fromBase(65_000, '万元')).toBe(6.5);
    expect(toBase(15, '亩')).toBeCloseTo(10_000, 6);
    expect(toBase(2, '万平方米')).toBe(20_000);
    expect(toBase(29.78, '万册')).toBeCloseTo(297_800, 6);
    expect(toBase(98.5, '%')).toBeCloseTo(0.985, 12);
    expect(toBase(18.5, ':1')).toBe(18.5);
    expect(unitInfo('m²')).toEqual(unitInfo('平方米'));
    expect(unitInfo('㎡').dimension).toEqual({ money: 0, area: 1 });
  });

  it('treats people, books and machines as plain counts, and does not scale 百分点 or 千克', () => {
    for (const u of ['人', '册', '台', '个', '人次', ''])
      expect(unitInfo(u)).toEqual({ dimension: { money: 0, area: 0 }, factor: 1 });
    expect(unitInfo('百分点').factor).toBe(1);
    expect(unitInfo('千克').factor).toBe(1);
    expect(unitInfo('万人次').factor).toBe(10_000);
  });

  it('names dimensions in words for messages', () => {
    expect(dimensionName({ money: 0, area: 0 })).toBe('数量');
    expect(dimensionName({ money: 1, area: 0 })).toBe('金额');
    expect(dimensionName({ money: 1, area: -1 })).toBe('金额/面积');
    expect(dimensionName({ money: 0, area: -1 })).toBe('1/面积');
  });
});

describe('Chinese number formatting', () => {
  it('writes numbers without separators, the unit close, a ratio as N:1, never rescaled', () => {
    expect(formatValue(6531, '人')).toBe('6531人');
    expect(formatValue(18967.3836, '万元')).toBe('18967.3836万元');
    expect(formatValue(120_000_000, '元')).toBe('120000000元');
    expect(formatValue(1.2, '亿元')).toBe('1.2亿元');
    expect(formatValue(12.2068, ':1', 1)).toBe('12.2:1');
    expect(formatValue(61, '%', 1)).toBe('61.0%');
    expect(formatValue(null, '人')).toBe('');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
  });

  it('words the change from 上年: 增加/减少 with the relative change, 个百分点 for a share, 持平', () => {
    expect(changeText(331, 331 / 6200, '人')).toBe('增加331人（增长5.3%）');
    expect(changeText(-200, -0.1, '人')).toBe('减少200人（下降10.0%）');
    expect(changeText(1.25, null, '%', 1)).toBe('提高1.3个百分点');
    expect(changeText(-0.5, null, '%', 1)).toBe('下降0.5个百分点');
    expect(changeText(0.5, null, ':1', 1)).toBe('增加0.5');
    expect(changeText(0.01, null, '%', 1)).toBe('持平');
  });
});
