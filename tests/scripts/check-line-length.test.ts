import { describe, expect, it } from 'vitest';
import { longLines, MAX_LINE_LENGTH } from '../../scripts/check-line-length';

describe('the line-length check of npm run lint', () => {
  it('counts a Chinese character as one character, not its three UTF-8 bytes', () => {
    const full = '年'.repeat(MAX_LINE_LENGTH);
    expect(longLines('a.ts', full)).toEqual([]);
    expect(longLines('a.ts', `${full}报`)).toEqual([{ file: 'a.ts', line: 1, length: MAX_LINE_LENGTH + 1 }]);
  });

  it('names each long line by its number and does not count a Windows line end', () => {
    const text = ['short', `${'x'.repeat(MAX_LINE_LENGTH)}\r`, 'y'.repeat(MAX_LINE_LENGTH + 5), 'short'].join('\n');
    expect(longLines('b.css', text)).toEqual([{ file: 'b.css', line: 3, length: MAX_LINE_LENGTH + 5 }]);
  });
});
