/** More items than this saying the same fold into one line of a list shown to the user. */
export const FOLD_AFTER = 5;

/**
 * The items in their order, each alone, except those sharing a key more than `after` times:
 * these are gathered into one group, where the first of them stands. Lists of notes and
 * findings use it so that 53 captions without photos are one line, not 53.
 */
export function foldRepeats<T>(items: readonly T[], key: (item: T) => string, after = FOLD_AFTER): T[][] {
  const same = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = same.get(k);
    if (group) group.push(item);
    else same.set(k, [item]);
  }
  return items.flatMap((item) => {
    const group = same.get(key(item))!;
    if (group.length <= after) return [[item]];
    return group[0] === item ? [group] : [];
  });
}
