/** Fewest characters of a name typed before the typeahead offers it: one character matches too much. */
export const MIN_TYPED_NAME = 2;

/** Items whose name begins with `typed`: the one it spells whole first, then the shortest. */
export function itemsStartingWith<T>(typed: string, items: readonly T[], nameOf: (item: T) => string): T[] {
  const found = items.filter((item) => nameOf(item).startsWith(typed));
  return found.sort(
    (a, b) => Number(nameOf(b) === typed) - Number(nameOf(a) === typed) || nameOf(a).length - nameOf(b).length,
  );
}

/**
 * The end of `textBefore` (the text before the caret) that begins a name, if any: the longest
 * such end of at least two characters, with no digits, spaces or punctuation (在校生 of
 * 全校在校生). Chinese has no spaces to find where a word starts, so every end is tried.
 */
export function typedName(textBefore: string, names: readonly string[]): string | null {
  const tail = /\p{L}+$/u.exec(textBefore)?.[0] ?? '';
  const longest = names.reduce((max, name) => Math.max(max, name.length), 0);
  for (let length = Math.min(tail.length, longest); length >= MIN_TYPED_NAME; length -= 1) {
    const typed = tail.slice(-length);
    if (names.some((name) => name.startsWith(typed))) return typed;
  }
  return null;
}
