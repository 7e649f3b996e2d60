/**
 * Nesting checks that run before anything recursive (zod's schemas, JSON.stringify, a
 * structured clone) meets a value from outside. Each walks with an explicit stack, so a value
 * nested 100,000 levels deep is measured and refused rather than overflowing the call stack.
 */

/** Whether a tree has more than `limit` levels, its root being level 1; `childrenOf` gives a node's children. */
export function deeperThan<T>(root: T, limit: number, childrenOf: (node: T) => readonly T[]): boolean {
  const stack: { node: T; level: number }[] = [{ node: root, level: 1 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const children = childrenOf(entry.node);
    if (children.length === 0) continue;
    if (entry.level >= limit) return true;
    for (const child of children) stack.push({ node: child, level: entry.level + 1 });
  }
  return false;
}

/** The objects and arrays directly inside a JSON value (its levels, as JSON text counts them in brackets). */
export function jsonContainersIn(value: unknown): readonly unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).filter((v) => typeof v === 'object' && v !== null);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

/**
 * Whether JSON text nests objects and arrays more than `limit` deep, read without parsing it:
 * JSON.parse does not overflow, but it builds every level first (72 MB of "[" is 36 million
 * arrays and gigabytes of memory). Text that is not JSON may be misjudged; JSON.parse refuses it then.
 */
export function jsonTextDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth -= 1;
  }
  return false;
}
