import { ZipArchive } from '../../electron/import/zip-archive';
import type { Random } from '../helpers/random';
import { deflatedEntry, rawZip, zipEntryNames } from './raw-zip';

const below = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[below(random, items.length)]!;

/** A file damaged one way, and what was done to it, to name it when it fails. */
export interface Mutant {
  what: string;
  bytes: Buffer;
}

/** The bytes with a few of them set to random values, as a bad sector or a bad copy leaves them. */
export function flipBytes(bytes: Buffer, random: Random): Mutant {
  const out = Buffer.from(bytes);
  const flips = 1 + below(random, 16);
  for (let i = 0; i < flips; i += 1) out[below(random, out.length)] = below(random, 256);
  return { what: `${flips} bytes flipped`, bytes: out };
}

/** The bytes cut short, as an interrupted copy or download leaves them. */
export function truncate(bytes: Buffer, random: Random): Mutant {
  const at = below(random, bytes.length);
  return { what: `cut at ${at} of ${bytes.length}`, bytes: bytes.subarray(0, at) };
}

/**
 * Text made pathological where it stands: a long run of one character, a line repeated
 * thousands of times, a list indented thousands deep, or a span cut out.
 */
export function damageText(text: string, random: Random): Mutant {
  const at = below(random, text.length + 1);
  const [before, after] = [text.slice(0, at), text.slice(at)];
  switch (below(random, 4)) {
    case 0: {
      const run = pick(random, [...' [`#|*（图\t　-<!.']).repeat(2000 + below(random, 60_000));
      return { what: `a run of ${run.length} "${run[0]}" at ${at}`, bytes: Buffer.from(before + run + after) };
    }
    case 1: {
      const line = text.slice(at).split('\n')[0] ?? '';
      const times = 1000 + below(random, 9000);
      const lines = `${line}\n`.repeat(times);
      return { what: `line at ${at} repeated ${times} times`, bytes: Buffer.from(before + lines + after) };
    }
    case 2: {
      const depth = 500 + below(random, 3000);
      const list = Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- 第${i + 1}项`).join('\n');
      return { what: `a list ${depth} deep at ${at}`, bytes: Buffer.from(`${before}\n${list}\n${after}`) };
    }
    default: {
      const end = at + below(random, 2000);
      return { what: `${at}–${end} cut out`, bytes: Buffer.from(text.slice(0, at) + text.slice(end)) };
    }
  }
}

/**
 * The .docx rewritten with one entry damaged inside: left out, its CRC wrong, its XML edited
 * (characters changed, a span cut out or doubled) or nested thousands deep. The zip stays whole,
 * so the damage reaches the XML readers rather than stopping at the zip.
 */
export async function damageEntry(docx: Buffer, random: Random): Promise<Mutant> {
  const archive = ZipArchive.open(docx);
  const names = zipEntryNames(docx);
  const xmlNames = names.filter((name) => /\.(?:xml|rels)$/.test(name));
  const target = random() < 0.5 ? 'word/document.xml' : pick(random, xmlNames);
  const mode = below(random, 6);
  const entries = [];
  let what = '';
  for (const name of names) {
    const data = await archive.read(name);
    if (name !== target) {
      entries.push(deflatedEntry(name, data));
      continue;
    }
    if (mode === 0) {
      what = `${name} left out`;
      continue;
    }
    if (mode === 1) {
      what = `${name} with a wrong CRC`;
      entries.push({ ...deflatedEntry(name, data), crc: 12345 });
      continue;
    }
    const edited = editXml(data.toString('utf8'), mode, random);
    what = `${name}: ${edited.what}`;
    entries.push(deflatedEntry(name, Buffer.from(edited.xml)));
  }
  return { what, bytes: rawZip(entries) };
}

function editXml(xml: string, mode: number, random: Random): { xml: string; what: string } {
  const at = below(random, xml.length);
  if (mode === 2) {
    const chars = [...xml];
    const n = 1 + below(random, 8);
    for (let i = 0; i < n; i += 1) chars[below(random, chars.length)] = pick(random, [...'<>/"&x =\u0000']);
    return { xml: chars.join(''), what: `${n} characters changed` };
  }
  if (mode === 3) {
    const end = at + below(random, 4000);
    return { xml: xml.slice(0, at) + xml.slice(end), what: `${at}–${end} cut out` };
  }
  if (mode === 4) {
    const end = at + below(random, 4000);
    const times = 1 + below(random, 200);
    const doubled = xml.slice(0, end) + xml.slice(at, end).repeat(times) + xml.slice(end);
    return { xml: doubled, what: `${at}–${end} doubled ${times} times` };
  }
  // Nested deep where a paragraph ends, closed again or not: Word never nests more than a few dozen.
  const depth = 300 + below(random, 5000);
  const paragraphEnd = xml.indexOf('</w:p>', at);
  const where = paragraphEnd < 0 ? at : paragraphEnd + 6;
  const closed = random() < 0.7;
  const open = '<w:sdt><w:sdtContent>'.repeat(depth);
  const nested = `${open}<w:p><w:r><w:t>深处</w:t></w:r></w:p>${closed ? '</w:sdtContent></w:sdt>'.repeat(depth) : ''}`;
  const what = `nested ${depth * 2} deep at ${where}${closed ? '' : ', not closed'}`;
  return { xml: xml.slice(0, where) + nested + xml.slice(where), what };
}
