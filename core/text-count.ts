/**
 * Characters of text as Chinese word processors count them for CJK prose: every
 * non-whitespace code point is one character (a CJK ideograph, a digit, a Latin letter or a
 * punctuation mark alike), and an emoji or a supplementary-plane ideograph is one, not two.
 */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n += 1;
  return n;
}
