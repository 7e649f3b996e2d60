import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { type FontRole, OFFICE_FONTS } from '../../core/print/fonts';
import { headingLabel } from '../../core/print/print-html';
import type { HeadingBlock } from '../../core/report-tree';
import { repoRoot } from '../helpers/browser';

/** Reading PDFs with poppler-utils (pdfinfo, pdftotext, pdffonts, pdftoppm) and a small outline reader. */

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The text of each page, in reading order (pdftotext -layout, split at form feeds). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return text.split('\f').slice(0, pdfPageCount(path));
}

/** pdftotext puts spaces between CJK glyphs set with letter spacing or justification; compare without them. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(path: string): PdfFont[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID; the type may contain spaces, so read from the right.
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** Titles of the PDF's bookmarks (outline items), read from the uncompressed object dictionaries Skia writes. */
export function pdfOutlineTitles(path: string): string[] {
  const raw = readFileSync(path).toString('latin1');
  const titles: string[] = [];
  for (const obj of raw.matchAll(/\d+ 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) {
    const dict = obj[1]!;
    if (!/\/Parent\s/.test(dict) || !/\/Title\s/.test(dict)) continue;
    const hex = /\/Title\s*<([0-9A-Fa-f\s]+)>/.exec(dict)?.[1];
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(dict)?.[1];
    if (hex) titles.push(decodeUtf16Hex(hex.replace(/\s/g, '')));
    else if (literal !== undefined) titles.push(literal);
  }
  return titles;
}

function decodeUtf16Hex(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = bytes.subarray(2);
    let s = '';
    for (let i = 0; i + 1 < body.length; i += 2) s += String.fromCharCode((body[i]! << 8) | body[i + 1]!);
    return s;
  }
  return bytes.toString('latin1');
}

/** The printed page number ("— 3 —") at the foot of a page's text, or null (the cover). */
export function folioOf(pageText: string): string | null {
  const m = /—\s*([0-9IVX]+)\s*—\s*$/.exec(pageText.trimEnd());
  return m ? m[1]! : null;
}

/** Where the test output goes for a person to look at. */
export function outputDir(name: string): string {
  const dir = join(repoRoot, '.test-tmp', 'export', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The .docx (or any file it opens: .fodt, .html) converted by LibreOffice headless (`soffice`),
 * as a user without Word would see it; returns the PDF's path. `blankPages` keeps the blank
 * pages a section opening on an odd page leaves, as a printer prints them (the headless export
 * drops them).
 */
export function libreOfficePdf(soffice: string, docx: string, dir: string, { blankPages = false } = {}): string {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-lo-'));
  const filter = blankPages ? 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}' : 'pdf';
  try {
    const args = ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`];
    execFileSync(soffice, [...args, '--convert-to', filter, '--outdir', dir, docx], {
      stdio: 'pipe',
      timeout: 110_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dir, `${basename(docx).replace(/\.[^.]+$/, '')}.pdf`);
}

/** Renders the first pages to PNG beside the PDF. */
export function renderPages(pdf: string, dir: string, prefix: string, last = 4): string[] {
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(last), pdf, join(dir, prefix)]);
  return Array.from({ length: last }, (_, i) => join(dir, `${prefix}-${String(i + 1).padStart(2, '0')}.png`)).filter(
    (p) => existsSync(p),
  );
}

/**
 * The checks a finished PDF of the report must pass, whoever rendered it: every heading with
 * its number in order; each level-1 heading's TOC number equals the printed number of the
 * page where it actually lands; no replacement characters; the cover has no page number.
 */
export function checkHeadingsAndToc(pdf: string, headings: readonly HeadingBlock[]): void {
  const rawPages = pdfPages(pdf);
  const pages = rawPages.map(squash);
  expect(folioOf(rawPages[0]!)).toBeNull();
  const all = pages.join('');
  expect(all).not.toContain('\uFFFD');
  const tocPage = pages.findIndex((p) => p.includes('目录'));
  expect(tocPage).toBeGreaterThan(0);
  // Headings in reading order after the TOC.
  let from = pages.slice(0, tocPage + 1).join('').length;
  for (const h of headings) {
    const at = all.indexOf(squash(headingLabel(h)), from);
    expect(at, `heading ${headingLabel(h)} in order`).toBeGreaterThan(-1);
    from = at;
  }
  for (const h of headings.filter((x) => x.level === 1)) {
    const label = squash(headingLabel(h));
    const tocLines = [...rawPages[tocPage]!.split('\n'), ...(rawPages[tocPage + 1] ?? '').split('\n')].map(squash);
    const entry = tocLines.find((line) => line.startsWith(label));
    const tocNumber = entry ? /([0-9]+)$/.exec(entry.slice(label.length))?.[1] : undefined;
    expect(tocNumber, `TOC entry for ${label}`).toBeDefined();
    const landed = pages.findIndex(
      (p, i) => i > tocPage && /^\d+$/.test(folioOf(rawPages[i]!) ?? '') && p.includes(label),
    );
    expect(landed, `page of ${label}`).toBeGreaterThan(tocPage);
    expect(folioOf(rawPages[landed]!), `printed page of ${label}`).toBe(tocNumber);
  }
}

/**
 * The PDF's page label ranges, read from the catalog's /PageLabels number tree in the raw
 * (uncompressed) file: per range its first page index, style (D, R…) and prefix as hex.
 */
export function pdfPageLabelRanges(path: string): { start: number; style: string | null; prefix: string | null }[] {
  const raw = readFileSync(path).toString('latin1');
  const nums = /\/PageLabels\s*<<\s*\/Nums\s*\[([\s\S]*?)\]\s*>>/.exec(raw)?.[1];
  if (nums === undefined) return [];
  return [...nums.matchAll(/(\d+)\s*<<([^>]*(?:<[0-9A-Fa-f]*>[^>]*)*)>>/g)].map((m) => ({
    start: Number(m[1]),
    style: /\/S\s*\/(\w+)/.exec(m[2]!)?.[1] ?? null,
    prefix: /\/P\s*<([0-9A-Fa-f]*)>/.exec(m[2]!)?.[1] ?? null,
  }));
}

/** The 公文 font roles no installed office font serves, by fc-list (what Chromium can find on Linux). */
export function missingOfficeFonts(): FontRole[] {
  const installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })
    .split(/[\n,]/)
    .map((f) => f.trim());
  return (['fangsong', 'hei', 'kai', 'xiaobiaosong'] as const).filter(
    (role) => !OFFICE_FONTS[role].some((name) => installed.includes(name)),
  );
}
