import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingLabel } from '../../core/print/print-html';
import { buildReportTree } from '../../core/report-tree';
import { zh } from '../../core/zh';
import { STYLE } from '../../electron/export/docx/docx-styles';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import type { ReportFile } from '../../electron/store/report-file';
import { requires } from '../helpers/requires';
import {
  checkHeadingsAndToc,
  libreOfficePdf,
  outputDir,
  pdfPageCount,
  pdfPages,
  renderPages,
  squash,
} from './pdf-tools';
import { createSampleReport, sampleReportMeta, smallShape } from './sample-report';
import {
  W,
  directFormattingShare,
  effectiveRunAttr,
  fields,
  parseXmlPart,
  shownText,
  styleListNumbers,
  textRuns,
  wAttr,
  wChild,
  wChildren,
} from './docx-xml';

/** LibreOffice prints the .docx to PDF, poppler's tools read it back. */
const office = requires('libreoffice', 'poppler');

function parseXml(xml: string, part: string): Document {
  const doc = parseXmlPart(xml);
  expect(doc.getElementsByTagName('parsererror').length, `${part} parses as XML`).toBe(0);
  return doc;
}

function convertToPdf(docx: string, dir: string): string {
  return libreOfficePdf(office.path('libreoffice'), docx, dir);
}

describe('DOCX export', () => {
  let dir: string;
  let file: ReportFile;
  let out: string;
  let zip: JSZip;
  let work: string;

  beforeAll(async () => {
    dir = outputDir('docx');
    work = mkdtempSync(join(tmpdir(), 'nianbao-docx-'));
    file = await createSampleReport(join(work, 'r.nianbao'), smallShape);
    out = join(dir, 'report.docx');
    const result = await exportDocx(fileSource(file), out);
    expect(result.bytes).toBe(readFileSync(out).byteLength);
    zip = await JSZip.loadAsync(readFileSync(out));
  }, 60_000);

  afterAll(() => {
    file?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('is a valid OOXML package: every XML part parses', async () => {
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', '_rels/.rels']),
    );
    for (const part of parts) parseXml(await zip.file(part)!.async('string'), part);
  });

  it('dates the cover from the report’s year (as the 封面日期 hint shows), not from the day of export', async () => {
    const body = await zip.file('word/document.xml')!.async('string');
    const thisYear = new Date().getFullYear();
    expect(file.meta.year).not.toBe(thisYear);
    expect(body).toContain(zh.settings.issuedOnPlaceholder(file.meta.year));
    expect(body).not.toContain(`${thisYear}年${new Date().getMonth() + 1}月`);
  });

  it('uses Word built-in Heading 1–4 with outline levels, and a Caption style', async () => {
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    const byId = new Map(Array.from(styles.getElementsByTagNameNS(W, 'style')).map((s) => [wAttr(s, 'styleId'), s]));
    for (let level = 1; level <= 4; level += 1) {
      const style = byId.get(`Heading${level}`);
      expect(style, `Heading${level}`).toBeDefined();
      expect(wAttr(style!.getElementsByTagNameNS(W, 'name')[0]!, 'val')).toBe(`heading ${level}`);
      expect(wAttr(style!.getElementsByTagNameNS(W, 'outlineLvl')[0]!, 'val')).toBe(String(level - 1));
      expect(wAttr(style!.getElementsByTagNameNS(W, 'rFonts')[0]!, 'eastAsia')).toMatch(/黑体|楷体|仿宋/);
    }
    expect(byId.get('Caption')).toBeDefined();
  });

  it('keeps formatting in named styles: at most 5% of runs carry their own font or size', async () => {
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'), 'document');
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    const share = directFormattingShare(textRuns(doc));
    expect(share, `share of runs with direct rFonts/sz: ${share.toFixed(3)}`).toBeLessThanOrEqual(0.05);
    const byName = new Map(
      Array.from(styles.getElementsByTagNameNS(W, 'style')).map((s) => [wAttr(wChild(s, 'name')!, 'val'), s]),
    );
    // Built-in styles keep Word's names (Word and WPS show them as 正文, 标题 1, 题注, 目录 1);
    // the report's own styles are named in Chinese.
    for (const name of [
      'Normal',
      'heading 1',
      'heading 4',
      'caption',
      'toc 1',
      'toc 3',
      '案例标题',
      '案例正文',
      '表格文字',
    ]) {
      expect(byName.get(name), `style ${name}`).toBeDefined();
      expect(wAttr(byName.get(name)!, 'type')).toBe('paragraph');
    }
    const defaults = styles.getElementsByTagNameNS(W, 'rPrDefault')[0]!;
    expect(wAttr(defaults.getElementsByTagNameNS(W, 'lang')[0]!, 'eastAsia')).toBe('zh-CN');
    expect(wAttr(defaults.getElementsByTagNameNS(W, 'rFonts')[0]!, 'eastAsia')).toBeTruthy();
    // A case's paragraphs name the case styles, and table cells the table style.
    const styleIdsUsed = new Set(Array.from(doc.getElementsByTagNameNS(W, 'pStyle')).map((e) => wAttr(e, 'val')));
    for (const name of ['案例标题', '案例正文', '表格文字'])
      expect(styleIdsUsed).toContain(wAttr(byName.get(name)!, 'styleId'));
  });

  it('sets an East-Asian font and zh-CN on every run, heading numbers from a list, captions in Caption', async () => {
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'), 'document');
    const styleXml = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    // Each run resolves, through its own properties, its paragraph style and docDefaults, to an
    // East-Asian font and zh-CN (LibreOffice draws Japanese glyph shapes without the language).
    const runs = textRuns(doc);
    expect(runs.length).toBeGreaterThan(50);
    for (const r of runs) {
      const text = r.textContent ?? '';
      expect(effectiveRunAttr(r, styleXml, 'rFonts', 'eastAsia'), `eastAsia font of "${text}"`).toBeTruthy();
      expect(effectiveRunAttr(r, styleXml, 'lang', 'eastAsia'), `language of "${text}"`).toBe('zh-CN');
    }
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    for (const style of Array.from(styles.getElementsByTagNameNS(W, 'style')).filter((st) =>
      /^TOC[123]$/.test(wAttr(st, 'styleId') ?? ''),
    )) {
      expect(wAttr(style.getElementsByTagNameNS(W, 'rFonts')[0]!, 'eastAsia')).toBeTruthy();
      expect(wAttr(style.getElementsByTagNameNS(W, 'lang')[0]!, 'eastAsia')).toBe('zh-CN');
    }
    const tree = buildReportTree(file.document!.json, file.meta);
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, 'p'));
    const styleOf = (p: Element) => wAttr(p.getElementsByTagNameNS(W, 'pStyle')[0] ?? p, 'val');
    const headings = paragraphs.filter((p) => /^Heading\d$/.test(styleOf(p) ?? ''));
    expect(headings.map((p) => p.textContent)).toEqual(tree.headings.map((h) => h.text));
    // The numbers are not typed into the text: Word draws them from the list linked to Heading 1–4.
    const numbering = parseXml(await zip.file('word/numbering.xml')!.async('string'), 'numbering');
    const numbers = styleListNumbers(doc, styleXml, numbering);
    expect(headings.map((p) => numbers.get(p))).toEqual(tree.headings.map((h) => h.label));
    const tocEntries = paragraphs.filter((p) => /^TOC\d$/.test(styleOf(p) ?? '')).map((p) => squash(shownText(p)));
    for (const h of tree.headings.filter((x) => x.level <= 2))
      expect(tocEntries, headingLabel(h)).toContainEqual(
        expect.stringMatching(new RegExp(`^${squash(headingLabel(h)).replace(/\./g, '\\.')}\\d+$`)),
      );
    const captions = paragraphs.filter((p) => styleOf(p) === 'Caption').map(shownText);
    for (const f of tree.figures) expect(captions).toContain(f.caption ? `${f.label} ${f.caption}` : f.label);
    expect(captions).toContain(`${tree.tables[0]!.label} ${tree.tables[0]!.caption}`);
  });

  it('numbers figures, tables and cases with SEQ fields whose results are the report’s numbers', async () => {
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'), 'document');
    const tree = buildReportTree(file.document!.json, file.meta);
    const all = fields(doc);
    const results = (instruction: string) => all.filter((f) => f.instruction === instruction).map((f) => f.result);
    expect(results('SEQ 图 \\* ARABIC')).toEqual(tree.figures.map((f) => String(f.number)));
    expect(results('SEQ 表 \\* ARABIC')).toEqual(tree.tables.map((f) => String(f.number)));
    expect(results('SEQ 案例 \\* ARABIC')).toEqual(tree.cases.map((c) => String(c.number)));
    expect(tree.figures.length).toBeGreaterThan(2);
    for (const f of all.filter((x) => x.instruction.startsWith('SEQ')))
      expect(wAttr(f.paragraph.getElementsByTagNameNS(W, 'pStyle')[0]!, 'val')).toMatch(/^(Caption|CaseTitle)$/);
  });

  it('lays 公文 pages out as 22 lines: exact lines at the grid pitch (docx-grid.test.ts: the grid itself)', async () => {
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'), 'document');
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    const byId = (id: string) =>
      Array.from(styles.getElementsByTagNameNS(W, 'style')).find((st) => wAttr(st, 'styleId') === id)!;
    const normal = byId('Normal');
    const spacing = wChild(wChild(normal, 'pPr')!, 'spacing')!;
    const n = (el: Element, name: string) => Number(wAttr(el, name));
    for (const section of Array.from(doc.getElementsByTagNameNS(W, 'sectPr'))) {
      const grid = wChild(section, 'docGrid')!;
      const size = wChild(section, 'pgSz')!;
      const margin = wChild(section, 'pgMar')!;
      const pitch = n(grid, 'linePitch');
      const height = n(size, 'h') - n(margin, 'top') - n(margin, 'bottom');
      expect(22 * pitch).toBeLessThanOrEqual(height);
      expect(23 * pitch).toBeGreaterThan(height);
      expect([wAttr(spacing, 'line'), wAttr(spacing, 'lineRule')]).toEqual([String(pitch), 'exact']);
    }
    // Captions and tables keep lines of their own size, rather than one grid line each.
    for (const id of ['Caption', 'TableText']) {
      const style = byId(id);
      expect(wAttr(wChild(wChild(style, 'pPr')!, 'spacing')!, 'lineRule'), id).toBe('exact');
    }
  });

  it('has a TOC field filled with page numbers and a — PAGE — field in footers; the cover has none', async () => {
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o "1-2"|TOC \\h \\o &quot;1-2&quot;/);
    const doc = parseXml(xml, 'document');
    const tocEntries = Array.from(doc.getElementsByTagNameNS(W, 'p')).filter((p) =>
      /^TOC\d$/.test(wAttr(p.getElementsByTagNameNS(W, 'pStyle')[0] ?? p, 'val') ?? ''),
    );
    expect(tocEntries.length).toBeGreaterThanOrEqual(3);
    for (const entry of tocEntries)
      expect(entry.textContent ?? '', 'TOC entry ends with its page number').toMatch(/\d+$/);
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    for (const f of footers) {
      const footer = await zip.file(f)!.async('string');
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
      expect(footer).toContain('— ');
    }
    const sections = Array.from(doc.getElementsByTagNameNS(W, 'sectPr'));
    expect(sections.length).toBe(3);
    expect(sections[0]!.getElementsByTagNameNS(W, 'footerReference').length).toBe(0);
    expect(sections[2]!.getElementsByTagNameNS(W, 'footerReference').length).toBeGreaterThan(0);
  });

  it('keeps a case together by Word’s row rules: a row a block, the title with the next, photos unsplit', async () => {
    const doc = parseXml(await zip.file('word/document.xml')!.async('string'), 'document');
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    const tree = buildReportTree(file.document!.json, file.meta);
    const body = doc.getElementsByTagNameNS(W, 'body')[0]!;
    const styleOf = (p: Element | undefined) =>
      p ? wAttr(p.getElementsByTagNameNS(W, 'pStyle')[0] ?? p, 'val') : null;
    const cases = wChildren(body, 'tbl').filter(
      (tbl) => styleOf(tbl.getElementsByTagNameNS(W, 'p')[0]) === 'CaseTitle',
    );
    expect(cases.length).toBe(tree.cases.length);
    const caseTitle = Array.from(styles.getElementsByTagNameNS(W, 'style')).find(
      (st) => wAttr(st, 'styleId') === 'CaseTitle',
    )!;
    expect(wChild(wChild(caseTitle, 'pPr')!, 'keepNext')).toBeDefined();
    cases.forEach((tbl, i) => {
      const rows = wChildren(tbl, 'tr');
      expect(rows.length, tree.cases[i]!.label).toBe(1 + tree.cases[i]!.body.length);
      for (const row of rows.filter((r) => r.getElementsByTagNameNS(W, 'drawing').length > 0)) {
        const trPr = wChild(row, 'trPr');
        expect(trPr && wChild(trPr, 'cantSplit'), 'a photo’s row cannot split').toBeDefined();
      }
      const insideH = wChild(wChild(wChild(tbl, 'tblPr')!, 'tblBorders')!, 'insideH');
      expect(insideH ? wAttr(insideH, 'val') : 'none').toMatch(/^(none|nil)$/);
    });
    // Outside cases too, a photo's paragraph keeps with its caption (the Figure style's keepNext).
    const figure = Array.from(styles.getElementsByTagNameNS(W, 'style')).find(
      (st) => wAttr(st, 'styleId') === 'Figure',
    )!;
    expect(wChild(wChild(figure, 'pPr')!, 'keepNext')).toBeDefined();
    for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p')).filter((x) => styleOf(x) === 'Figure')) {
      let next = p.nextElementSibling;
      while (next && next.localName !== 'p') next = next.nextElementSibling;
      expect(styleOf(next ?? undefined)).toBe('Caption');
    }
  });

  it('asks Word to update fields on opening (w:updateFields) so the TOC’s estimated page numbers refresh', async () => {
    const settings = parseXml(await zip.file('word/settings.xml')!.async('string'), 'settings');
    const update = settings.getElementsByTagNameNS(W, 'updateFields')[0];
    expect(update, 'w:updateFields').toBeDefined();
    expect(wAttr(update!, 'val') ?? 'true').toMatch(/^(true|1|on)$/);
  });

  it('embeds each photo once, at its stored bytes', async () => {
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    const stored = file.listAssets();
    expect(media.length).toBe(stored.length);
    const sizes = await Promise.all(media.map(async (m) => (await zip.file(m)!.async('uint8array')).byteLength));
    expect(sizes.sort()).toEqual(stored.map((a) => a.size).sort());
  });

  it('reads back with mammoth: same headings, cases and figure captions', async () => {
    const { value } = await mammoth.extractRawText({ path: out });
    const text = squash(value);
    const tree = buildReportTree(file.document!.json, file.meta);
    // mammoth reads text, not list numbers: the headings' numbers are checked from numbering.xml above.
    for (const h of tree.headings) expect(text).toContain(squash(h.text));
    for (const c of tree.cases) expect(text).toContain(squash(`${c.label}${c.title}`));
    for (const f of tree.figures) expect(text).toContain(squash(`${f.label}${f.caption}`));
  });

  office.it(
    'converts with LibreOffice headless; the same heading and TOC checks pass on its PDF',
    { timeout: 120_000 },
    () => {
      const pdf = convertToPdf(out, dir);
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(pages).toBeLessThanOrEqual(25);
      expect(squash(pdfPages(pdf).join(''))).toContain('质量年度报告');
      const tree = buildReportTree(file.document!.json, file.meta);
      checkHeadingsAndToc(pdf, tree.headings);
      // The SEQ fields' numbers, as LibreOffice counts them, match the report's.
      const text = squash(pdfPages(pdf).join(''));
      let from = 0;
      for (const label of [
        ...tree.cases.map((c) => `${c.label}${c.title}`),
        ...tree.figures.map((f) => `${f.label}${f.caption}`),
      ]) {
        expect(text.indexOf(squash(label)), label).toBeGreaterThan(-1);
      }
      for (const f of tree.figures) {
        const at = text.indexOf(squash(`${f.label}${f.caption}`), from);
        expect(at, `${f.label} in order`).toBeGreaterThan(-1);
        from = at;
      }
      // A caption never parts from its photo: the n-th image LibreOffice draws is on its caption's page.
      const imagePages = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((l) => l.trim())
        .map((l) => Number(l.trim().split(/\s+/)[0]));
      const pageTexts = pdfPages(pdf).map(squash);
      const photos = tree.figures.filter((f) => f.image);
      expect(imagePages.length).toBe(photos.length);
      for (const [k, f] of photos.entries()) {
        expect(pageTexts.findIndex((p) => p.includes(squash(`${f.label}${f.caption}`))) + 1, f.label).toBe(
          imagePages[k],
        );
      }
      renderPages(pdf, dir, 'lo-page', 6);
    },
  );
});

describe('DOCX export in 简洁, with figures numbered per chapter under 第一章', () => {
  let work: string;
  let file: ReportFile;
  let out: string;
  let doc: Document;
  let zip: JSZip;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'nianbao-docx-chapters-'));
    const meta = {
      ...sampleReportMeta,
      headingNumbering: 'chinese' as const,
      chapterLabel: 'chapter' as const,
      figureNumbering: 'per-chapter' as const,
      caseNumbering: 'per-chapter' as const,
      template: 'jianjie' as const,
    };
    file = await createSampleReport(join(work, 'r.nianbao'), smallShape, meta);
    out = join(outputDir('docx'), 'per-chapter.docx');
    await exportDocx(fileSource(file), out);
    zip = await JSZip.loadAsync(readFileSync(out));
    doc = parseXml(await zip.file('word/document.xml')!.async('string'), 'document');
  }, 60_000);

  afterAll(() => {
    file?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('restarts 图 and 表 at each chapter (SEQ \\r 1 on its first), with the tree’s numbers cached', () => {
    const tree = buildReportTree(file.document!.json, file.meta);
    const all = fields(doc);
    const chapterSeq = (id: string) => all.filter((f) => f.instruction.startsWith(`SEQ ${id} \\* ARABIC`));
    const figures = chapterSeq('图').map((f) => f.result);
    expect(figures).toEqual(tree.figures.map((f) => String(f.numberInChapter)));
    const tables = chapterSeq('表').map((f) => f.result);
    // A chapter's first resets the count (\r 1), which LibreOffice follows where it ignores Word's \s.
    expect(chapterSeq('图').map((f) => f.instruction.replace('SEQ 图 \\* ARABIC', '').trim())).toEqual(
      tree.figures.map((f) => (f.numberInChapter === 1 ? '\\r 1' : '')),
    );
    expect(tables).toEqual(tree.tables.map((f) => String(f.numberInChapter)));
    expect(tree.figures.some((f) => f.numberInChapter !== f.number)).toBe(true);
    const captions = Array.from(doc.getElementsByTagNameNS(W, 'p'))
      .filter((p) => wAttr(p.getElementsByTagNameNS(W, 'pStyle')[0] ?? p, 'val') === 'Caption')
      .map(shownText);
    for (const f of [...tree.figures, ...tree.tables]) expect(captions.some((c) => c.startsWith(f.label))).toBe(true);
    expect(tree.figures[0]!.label).toMatch(/^图\d+-\d+$/);
  });

  it('numbers cases per chapter too when chosen: 【案例2-1】 from a SEQ restarting at each chapter', () => {
    const tree = buildReportTree(file.document!.json, file.meta);
    const cases = fields(doc)
      .filter((f) => f.instruction.startsWith('SEQ 案例 \\* ARABIC'))
      .map((f) => f.result);
    expect(cases).toEqual(tree.cases.map((c) => String(c.numberInChapter)));
    expect(new Set(tree.cases.map((c) => c.chapter)).size).toBeGreaterThan(1);
    expect(tree.cases.some((c) => c.numberInChapter !== c.number)).toBe(true);
    const titles = Array.from(doc.getElementsByTagNameNS(W, 'p'))
      .filter((p) => wAttr(p.getElementsByTagNameNS(W, 'pStyle')[0] ?? p, 'val') === STYLE.caseTitle)
      .map(shownText);
    expect(titles.length).toBe(tree.cases.length);
    for (const [i, c] of tree.cases.entries())
      expect(titles[i]!.startsWith(`【案例${c.chapter}-${c.numberInChapter}】`)).toBe(true);
  });

  it('repeats the report title as a running header on body pages, as the 简洁 PDF does', async () => {
    const sections = Array.from(doc.getElementsByTagNameNS(W, 'sectPr'));
    expect(sections.length).toBe(3);
    for (const front of sections.slice(0, 2)) expect(front.getElementsByTagNameNS(W, 'headerReference').length).toBe(0);
    const refs = Array.from(sections[2]!.getElementsByTagNameNS(W, 'headerReference'));
    // Odd and even pages have headers of their own (the footers' folios alternate sides).
    expect(refs.map((r) => wAttr(r, 'type')).sort()).toEqual(['default', 'even']);
    const rels = parseXml(await zip.file('word/_rels/document.xml.rels')!.async('string'), 'rels');
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    for (const ref of refs) {
      const id = ref.getAttributeNS(R, 'id');
      const target = Array.from(rels.getElementsByTagName('Relationship'))
        .find((r) => r.getAttribute('Id') === id)!
        .getAttribute('Target')!;
      const header = parseXml(await zip.file(`word/${target}`)!.async('string'), target);
      const paragraph = header.getElementsByTagNameNS(W, 'p')[0]!;
      expect(shownText(paragraph)).toBe(file.meta.title);
      expect(wAttr(paragraph.getElementsByTagNameNS(W, 'pStyle')[0]!, 'val')).toBe('Header');
    }
    const styles = parseXml(await zip.file('word/styles.xml')!.async('string'), 'styles');
    const header = Array.from(styles.getElementsByTagNameNS(W, 'style')).find(
      (st) => wAttr(st, 'styleId') === 'Header',
    )!;
    expect(wAttr(wChild(header, 'name')!, 'val')).toBe('header');
    expect(header.getElementsByTagNameNS(W, 'pBdr')[0]!.getElementsByTagNameNS(W, 'bottom').length).toBe(1);
  });

  // LibreOffice 7.4 counts SEQ fields itself, ignoring \s and the cached results: the \r 1 on each
  // chapter's first caption and case is what restarts its count.
  office.it(
    'reads 第一章 / 一、 headings and 图2-1, 【案例2-1】 in LibreOffice’s rendering',
    { timeout: 120_000 },
    () => {
      const dir = outputDir('docx');
      const pdf = convertToPdf(out, dir);
      const text = squash(pdfPages(pdf).join(''));
      const tree = buildReportTree(file.document!.json, file.meta);
      for (const h of tree.headings) expect(text).toContain(squash(headingLabel(h)));
      for (const x of [...tree.cases, ...tree.figures, ...tree.tables])
        expect(text, x.label).toContain(squash(x.label));
      expect(tree.figures.map((f) => f.label)).toContain('图2-1');
      const pages = pdfPages(pdf).map(squash);
      const firstBody = pages.findIndex(
        (p) => p.includes(squash(headingLabel(tree.headings[0]!))) && !p.includes('目录'),
      );
      expect(firstBody).toBeGreaterThan(0);
      for (const page of pages.slice(firstBody))
        expect(page.startsWith(squash(file.meta.title)), page.slice(0, 40)).toBe(true);
      for (const page of pages.slice(1, firstBody)) expect(page.startsWith(squash(file.meta.title))).toBe(false);
    },
  );
});
