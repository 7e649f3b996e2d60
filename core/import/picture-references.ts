const RELATIONSHIP = /<Relationship\b[^<>]*>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);
const [ID, TYPE, TARGET, MODE] = ['Id', 'Type', 'Target', 'TargetMode'].map(ATTRIBUTE) as [
  RegExp,
  RegExp,
  RegExp,
  RegExp,
];
/** A reference to a relationship from a part's XML: a picture's r:embed, a VML picture's r:id. */
const REFERENCE = /\br:(?:embed|id)="([^"]+)"/g;

/** A relationship's target as a path in the zip: relative to the part's folder, or from the root. */
export function zipPath(target: string, folder: string): string {
  const parts: string[] = [];
  for (const part of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * The pictures a part's XML refers to (word/media/…), by their paths in the zip: each one an
 * import should end up reading. Pictures linked to files outside the .docx are not among them.
 */
export function referencedPictures(relsXml: string, partXml: string, folder = 'word/'): Set<string> {
  const pictures = new Map<string, string>();
  for (const [relationship] of relsXml.matchAll(RELATIONSHIP)) {
    const id = ID.exec(relationship)?.[1];
    const target = TARGET.exec(relationship)?.[1];
    if (
      !id ||
      !target ||
      !/\/image$/.test(TYPE.exec(relationship)?.[1] ?? '') ||
      MODE.exec(relationship)?.[1] === 'External'
    )
      continue;
    pictures.set(id, zipPath(target, folder));
  }
  const used = new Set<string>();
  for (const [, id] of partXml.matchAll(REFERENCE)) {
    const path = pictures.get(id!);
    if (path) used.add(path);
  }
  return used;
}
