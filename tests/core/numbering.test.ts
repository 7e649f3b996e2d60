import { describe, expect, it } from 'vitest';
import {
  HeadingCounter,
  ReportNumberer,
  chineseNumeral,
  formatHeadingNumber,
  labelledHeading,
  listMarkers,
} from '../../core/numbering';

describe('HeadingCounter', () => {
  it('counts in document order and resets every deeper level', () => {
    const c = new HeadingCounter();
    expect(c.next(1)).toEqual([1]);
    expect(c.next(2)).toEqual([1, 1]);
    expect(c.next(3)).toEqual([1, 1, 1]);
    expect(c.next(3)).toEqual([1, 1, 2]);
    expect(c.next(2)).toEqual([1, 2]);
    expect(c.next(3)).toEqual([1, 2, 1]);
    expect(c.next(1)).toEqual([2]);
    expect(c.next(2)).toEqual([2, 1]);
    expect(c.next(4)).toEqual([2, 1, 0, 1]);
  });

  it('numbers a level that has no parent above it as if the parent were 0', () => {
    const c = new HeadingCounter();
    expect(c.next(2)).toEqual([0, 1]);
    expect(c.next(2)).toEqual([0, 2]);
    expect(c.next(1)).toEqual([1]);
    expect(c.next(2)).toEqual([1, 1]);
  });
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [30, '三十'],
    [99, '九十九'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('falls back to digits outside 1..99', () => {
    expect(chineseNumeral(0)).toBe('0');
    expect(chineseNumeral(100)).toBe('100');
  });
});

describe('formatHeadingNumber', () => {
  it('decimal joins the path with dots', () => {
    expect(formatHeadingNumber([3], 'decimal')).toBe('3');
    expect(formatHeadingNumber([2, 1], 'decimal')).toBe('2.1');
    expect(formatHeadingNumber([2, 1, 3], 'decimal')).toBe('2.1.3');
    expect(formatHeadingNumber([1, 0, 1], 'decimal')).toBe('1.0.1');
  });

  it('chinese uses 一、（一）1.（1）by level, from the own number only', () => {
    expect(formatHeadingNumber([1], 'chinese')).toBe('一、');
    expect(formatHeadingNumber([11], 'chinese')).toBe('十一、');
    expect(formatHeadingNumber([2, 3], 'chinese')).toBe('（三）');
    expect(formatHeadingNumber([2, 3, 4], 'chinese')).toBe('4.');
    expect(formatHeadingNumber([2, 3, 4, 5], 'chinese')).toBe('（5）');
    expect(formatHeadingNumber([2, 12], 'chinese')).toBe('（十二）');
  });

  it('第一章 / 第一部分 name the chapters; the Chinese sequence starts one level down, the decimal one goes on', () => {
    expect(formatHeadingNumber([3], 'chinese', 'chapter')).toBe('第三章');
    expect(formatHeadingNumber([12], 'decimal', 'part')).toBe('第十二部分');
    expect(formatHeadingNumber([3, 2], 'chinese', 'part')).toBe('二、');
    expect(formatHeadingNumber([3, 2, 4], 'chinese', 'part')).toBe('（四）');
    expect(formatHeadingNumber([3, 2, 4, 1], 'chinese', 'chapter')).toBe('1.');
    expect(formatHeadingNumber([3, 2], 'decimal', 'chapter')).toBe('3.2');
    expect(formatHeadingNumber([3, 2, 1], 'decimal', 'chapter')).toBe('3.2.1');
  });
});

describe('listMarkers', () => {
  it('numbers each level 1. → （1） → ①, starting a deeper level again under each item above it', () => {
    const item = (depth: number, ordered = true) => ({ depth, ordered });
    expect(listMarkers([item(0), item(1), item(1), item(2), item(0), item(1), item(3)])).toEqual([
      '1.',
      '（1）',
      '（2）',
      '①',
      '2.',
      '（1）',
      '1.',
    ]);
    expect(listMarkers([item(0, false), item(1, false), item(2, false), item(1, true), item(0, false)])).toEqual([
      '•',
      '◦',
      '▪',
      '（2）',
      '•',
    ]);
  });

  it('counts the top level on from `start` (a list going on after a paragraph), deeper levels still from 1', () => {
    const item = (depth: number) => ({ depth, ordered: true });
    expect(listMarkers([item(0), item(1), item(0)], false, 3)).toEqual(['3.', '（1）', '4.']);
    expect(listMarkers([item(0)], true, 12)).toEqual(['12．']);
  });
});

describe('unnumbered headings', () => {
  it('take no number and leave the count alone: the chapter after 摘要 is still the first', () => {
    const numberer = new ReportNumberer({
      headingNumbering: 'chinese',
      chapterLabel: 'chapter',
      figureNumbering: 'per-chapter',
    });
    expect(numberer.heading(1, false)).toEqual({ numbers: [], label: '' });
    expect(numberer.heading(1)).toEqual({ numbers: [1], label: '第一章' });
    expect(numberer.heading(2)).toEqual({ numbers: [1, 1], label: '一、' });
    expect(numberer.figure().label).toBe('图1-1');
    expect(numberer.heading(1, false)).toEqual({ numbers: [], label: '' });
    // A figure under 参考文献 stays in the chapter before it; the next chapter is the second.
    expect(numberer.figure().label).toBe('图1-2');
    expect(numberer.heading(1).label).toBe('第二章');
    expect(labelledHeading('', '参考文献')).toBe('参考文献');
  });
});
