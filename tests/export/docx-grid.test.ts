import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PRINT_TEMPLATES } from '../../core/print/templates';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { PT_PER_MM, bodyPages, charPitch, lineText, linePitches, middleLines } from './body-grid';
import { W, parseXmlPart, wAttr, wChild } from './docx-xml';
import { libreOfficePdf, outputDir } from './pdf-tools';
import { createSampleReport, sampleReportMeta, smallShape } from './sample-report';

const t = PRINT_TEMPLATES.gongwen;
const office = requires('libreoffice', 'poppler');
/** GB/T 9704-2012: a 156 × 225 mm type area of 22 lines × 28 characters. */
const LINE_PITCH_MM = 225 / 22;
const CHAR_PITCH_MM = 156 / 28;
/** Text pages with a photo or two (rows of them, captions) besides full text pages. */
const shape = { ...smallShape, paragraphsPerSection: 6, paragraphLength: 5 };

async function exportSample(name: string): Promise<string> {
  const file = closeLater(await createSampleReport(join(tempDir(), 'r.nianbao'), shape, sampleReportMeta));
  const out = join(outputDir('docx-grid'), name);
  await exportDocx(fileSource(file), out);
  return out;
}

describe('the 公文 .docx page grid', () => {
  it('records Word’s grid of 22 lines and 28 characters, and sets 正文 exact at its pitch and condensed to 28', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await exportSample('grid.docx')));
    const doc = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    const styles = parseXmlPart(await zip.file('word/styles.xml')!.async('string'));
    const n = (el: Element, name: string) => Number(wAttr(el, name));
    const normal = Array.from(styles.getElementsByTagNameNS(W, 'style')).find((s) => wAttr(s, 'styleId') === 'Normal')!;
    const condensed = n(wChild(wChild(normal, 'rPr')!, 'spacing')!, 'val');
    const line = wChild(wChild(normal, 'pPr')!, 'spacing')!;
    const fontTwips = t.body.size * 20;
    for (const section of Array.from(doc.getElementsByTagNameNS(W, 'sectPr'))) {
      const grid = wChild(section, 'docGrid')!;
      const size = wChild(section, 'pgSz')!;
      const margin = wChild(section, 'pgMar')!;
      // No snapping: LibreOffice would set the line after each photo on the page's next grid line.
      expect(wAttr(grid, 'type')).toBe('default');
      const pitch = n(grid, 'linePitch');
      const height = n(size, 'h') - n(margin, 'top') - n(margin, 'bottom');
      expect([22 * pitch <= height, 23 * pitch > height]).toEqual([true, true]);
      expect([n(line, 'line'), wAttr(line, 'lineRule')]).toEqual([pitch, 'exact']);
      // Word's character pitch: the Normal font size plus charSpace/4096 pt, 28 of them to the line.
      const width = n(size, 'w') - n(margin, 'left') - n(margin, 'right');
      const charPitchTwips = fontTwips + (n(grid, 'charSpace') * 20) / 4096;
      expect([28 * charPitchTwips <= width, 29 * charPitchTwips > width]).toEqual([true, true]);
      // Condensed 正文 sets the same 28 in any reader.
      expect([28 * (fontTwips + condensed) <= width, 29 * (fontTwips + condensed) > width]).toEqual([true, true]);
    }
  });

  // Left to each renderer, these differ (LibreOffice keeps no widows in a table cell, and sizes an
  // empty line from its own font): the .docx says what it means, so the 目录's pages hold.
  it('says widow control is off and sets the gap under each table at an exact height', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await exportSample('breaks.docx')));
    const doc = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    const styles = parseXmlPart(await zip.file('word/styles.xml')!.async('string'));
    const normal = Array.from(styles.getElementsByTagNameNS(W, 'style')).find((s) => wAttr(s, 'styleId') === 'Normal')!;
    expect(wAttr(wChild(wChild(normal, 'pPr')!, 'widowControl')!, 'val')).toBe('false');
    const body = wChild(doc.documentElement, 'body')!;
    const blocks = Array.from(body.childNodes).filter((node): node is Element => node.nodeType === 1);
    const gaps = blocks.filter(
      (p, i) => i > 0 && blocks[i - 1]!.localName === 'tbl' && p.localName === 'p' && (p.textContent ?? '') === '',
    );
    expect(gaps.length).toBeGreaterThan(0);
    for (const p of gaps) expect(wAttr(wChild(wChild(p, 'pPr')!, 'spacing')!, 'lineRule')).toBe('exact');
  });

  // Word reads firstLineChars over firstLine and inherits each apart: firstLine 0 under 正文's
  // firstLineChars 200 still indents two characters.
  it('cancels 正文’s first-line indent in characters wherever a paragraph or style sets none', async () => {
    const zip = await JSZip.loadAsync(readFileSync(await exportSample('indents.docx')));
    const doc = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    const styles = parseXmlPart(await zip.file('word/styles.xml')!.async('string'));
    const byId = new Map(
      Array.from(styles.getElementsByTagNameNS(W, 'style')).map((st) => [wAttr(st, 'styleId')!, st] as const),
    );
    const ind = (el: Element | undefined) => (el ? wChild(wChild(el, 'pPr') ?? el, 'ind') : undefined);
    /** An indent attribute as Word resolves it: the paragraph's, else its style chain's, nearest first. */
    const resolved = (p: Element | null, styleId: string | null, name: string): string | null => {
      const own = p && ind(p) ? wAttr(ind(p)!, name) : null;
      if (own !== null) return own;
      for (let id = styleId, seen = 0; id && seen < 10; seen += 1) {
        const style = byId.get(id);
        const value = ind(style) ? wAttr(ind(style)!, name) : null;
        if (value !== null) return value;
        id = style ? wAttr(wChild(style, 'basedOn') ?? style, 'val') : null;
      }
      return null;
    };
    expect(resolved(null, 'Normal', 'firstLineChars')).toBe('200');
    const unindented = [
      ...Array.from(byId.keys()).map((id) => [null, id] as const),
      ...Array.from(doc.getElementsByTagNameNS(W, 'p')).map((p) => {
        const style = wChild(wChild(p, 'pPr') ?? p, 'pStyle');
        return [p, style ? wAttr(style, 'val') : 'Normal'] as const;
      }),
    ].filter(([p, id]) => resolved(p, id, 'firstLine') === '0');
    expect(unindented.length).toBeGreaterThan(5);
    for (const [p, id] of unindented) expect(resolved(p, id, 'firstLineChars') ?? '0', `${id}`).toBe('0');
  });

  office.it(
    'is laid out by LibreOffice as 22 lines of 28 characters on full text pages',
    { timeout: 120_000 },
    async () => {
      const dir = outputDir('docx-grid');
      const pdf = libreOfficePdf(office.path('libreoffice'), await exportSample('lo-grid.docx'), dir);
      const pages = bodyPages(pdf, t);
      const pitchPt = LINE_PITCH_MM * PT_PER_MM;
      const [top, foot] = [t.margin.top * PT_PER_MM, (297 - t.margin.bottom) * PT_PER_MM];
      // Full text pages: the first line at the top, the last at the foot, no photo or frame between.
      const textPages = pages.filter(
        (p) =>
          p.lines[0]![0]!.yMax - top < pitchPt &&
          foot - p.lines.at(-1)![0]!.yMax < 0.5 * pitchPt &&
          p.lines.every((l, i) => i === 0 || l[0]!.yMax - p.lines[i - 1]![0]!.yMax < 1.2 * pitchPt),
      );
      expect(textPages.length).toBeGreaterThanOrEqual(5);
      for (const page of textPages) {
        expect(page.lines.length, `lines on page ${page.folio}`).toBe(22);
        for (const pitch of linePitches(page)) expect(Math.abs(pitch - LINE_PITCH_MM)).toBeLessThan(0.1);
      }
      const middle = middleLines(textPages, t);
      expect(middle.length).toBeGreaterThan(50);
      for (const line of middle) {
        expect([...lineText(line)].length, lineText(line)).toBe(28);
        expect(Math.abs(charPitch(line, t.body.size) - CHAR_PITCH_MM)).toBeLessThan(0.05);
      }
    },
  );
});
