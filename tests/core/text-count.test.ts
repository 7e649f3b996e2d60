import { describe, expect, it } from 'vitest';
import { countChars } from '../../core/text-count';

describe('countChars', () => {
  it('counts each CJK ideograph, digit, letter and punctuation mark as one', () => {
    expect(countChars('职业教育')).toBe(4);
    expect(countChars('在校生3200人。')).toBe(9);
    expect(countChars('PDF、Word')).toBe(8);
    expect(countChars('“双高计划”')).toBe(6);
  });

  it('counts a supplementary-plane ideograph (two UTF-16 units) as one', () => {
    expect('𠀀'.length).toBe(2);
    expect(countChars('𠀀')).toBe(1);
    expect(countChars('𠀀𪚥龘')).toBe(3);
  });

  it('counts an emoji as one', () => {
    expect(countChars('👍')).toBe(1);
    expect(countChars('点赞👍🎉')).toBe(4);
  });

  it('does not count spaces, ideographic spaces, tabs or line breaks', () => {
    expect(countChars('')).toBe(0);
    expect(countChars(' \t\n\r\u3000\u00a0')).toBe(0);
    expect(countChars('学校 概况\n师资\u3000队伍\t结构')).toBe(10);
  });
});
