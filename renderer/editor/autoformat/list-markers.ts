import type { ListType } from '@lexical/list';

export interface ListMarker {
  listType: ListType;
  start: number;
}

/** "1. " and "1．" then a space; "（1）" needs none (a Chinese user types no space after it). */
const NUMBERED = /^(\d{1,3})[.．][ \u3000]$/;
const PARENTHESISED = /^[（(](\d{1,3})[）)][ \u3000]?$/;
const BULLET = /^[-*•][ \u3000]$/;

/** The list a paragraph's whole text asks for when typed at its start (Word's autoformat), or null. */
export function listMarker(text: string): ListMarker | null {
  const numbered = NUMBERED.exec(text) ?? PARENTHESISED.exec(text);
  if (numbered) return { listType: 'number', start: Number(numbered[1]) };
  return BULLET.test(text) ? { listType: 'bullet', start: 1 } : null;
}
