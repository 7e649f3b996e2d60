import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PageZone } from '../../core/print/paged-script';
import { appendPageLabels, withPageLabels } from '../../electron/export/pdf-page-labels';

const ZONES: PageZone[] = ['cover', 'front', 'front', 'body', 'body'];
const LABELS = ['封面', 'I', 'II', '1', '2'];

/** The labels a viewer shows, as pdf.js reads them (it follows the xref chain of an updated file). */
async function labelsOf(pdf: Uint8Array): Promise<string[] | null> {
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: pdf.slice(), useWasm: false });
  try {
    return await (await task.promise).getPageLabels();
  } finally {
    await task.destroy();
  }
}

/**
 * The update's own cross-references point where they must (pdf.js and pdf-lib would repair
 * a wrong offset silently): startxref at its xref section, whose one entry is the catalog.
 */
function expectExactUpdate(pdf: Uint8Array, catalogNumber: number): void {
  const text = Buffer.from(pdf).toString('latin1');
  const xrefAt = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const section = /^xref\n(\d+) 1\n(\d{10}) 00000 n \ntrailer\n<<[\s\S]*\/Prev (\d+)\n>>/.exec(text.slice(xrefAt));
  expect(section, 'an xref section of one entry at startxref').not.toBeNull();
  expect(Number(section![1])).toBe(catalogNumber);
  expect(text.startsWith(`${catalogNumber} 0 obj`, Number(section![2]))).toBe(true);
  expect(text.slice(Number(section![3]), Number(section![3]) + 4)).toBe('xref');
}

async function pdfLibFile(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const _ of ZONES) doc.addPage([595, 842]);
  return doc.save({ useObjectStreams });
}

/**
 * A PDF written by hand the way other producers do it: CRLF line ends, the catalog after its
 * pages, a nested dictionary in it, the xref table in two subsections.
 */
function handWrittenFile(): Uint8Array {
  const pages = ZONES.map((_, i) => 3 + i);
  const objects = new Map<number, string>([
    [2, `<< /Type /Pages /Kids [${pages.map((n) => `${n} 0 R`).join(' ')}] /Count ${pages.length} >>`],
    ...pages.map((n): [number, string] => [n, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']),
    [9, '<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> /Lang (zh-CN) >>'],
  ]);
  let body = '%PDF-1.7\r\n';
  const offsets = new Map<number, number>();
  for (const [n, dict] of objects) {
    offsets.set(n, body.length);
    body += `${n} 0 obj\r\n${dict}\r\nendobj\r\n`;
  }
  const entry = (n: number) => `${String(offsets.get(n)).padStart(10, '0')} 00000 n\r\n`;
  const xrefAt = body.length;
  body += 'xref\r\n0 1\r\n0000000000 65535 f\r\n';
  body += `2 ${pages.length + 1}\r\n${[2, ...pages].map(entry).join('')}`;
  body += `9 1\r\n${entry(9)}`;
  body += `trailer\r\n<< /Size 10 /Root 9 0 R >>\r\nstartxref\r\n${xrefAt}\r\n%%EOF\r\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

describe('page labels', () => {
  it('are appended as an update after the untouched file pdf-lib wrote', async () => {
    const original = await pdfLibFile(false);
    expect(await labelsOf(original)).toBeNull();
    const labelled = appendPageLabels(original, ZONES);
    expect(labelled).not.toBeNull();
    expect(Buffer.from(labelled!.subarray(0, original.byteLength)).equals(Buffer.from(original))).toBe(true);
    expect(await labelsOf(labelled!)).toEqual(LABELS);
    const root = Number(/\/Root (\d+) 0 R/.exec(Buffer.from(original).toString('latin1'))![1]);
    expectExactUpdate(labelled!, root);
    // pdf-lib reads the update back too, with every page.
    expect((await PDFDocument.load(labelled!)).getPageCount()).toBe(ZONES.length);
  });

  it('are appended to a hand-written file with CRLF lines and xref subsections', async () => {
    const labelled = appendPageLabels(handWrittenFile(), ZONES);
    expect(labelled).not.toBeNull();
    expect(await labelsOf(labelled!)).toEqual(LABELS);
    expectExactUpdate(labelled!, 9);
    const catalog = Buffer.from(labelled!).toString('latin1').split('9 0 obj').at(-1)!;
    expect(catalog).toContain('/MarkInfo << /Marked true >> /Lang (zh-CN)');
  });

  it('leave files they cannot update in place to the full rewrite', async () => {
    const streams = await pdfLibFile(true);
    expect(appendPageLabels(streams, ZONES)).toBeNull();
    expect(await labelsOf(await withPageLabels(streams, ZONES))).toEqual(LABELS);
    // A catalog that already has labels is not given a second set.
    const once = appendPageLabels(await pdfLibFile(false), ZONES)!;
    expect(appendPageLabels(once, ZONES)).toBeNull();
  });
});
