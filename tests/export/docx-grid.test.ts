import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PRINT_TEMPLATES } from '../../core/print/templates';
import { bodyLinePitch } from '../../electron/export/docx/docx-page-grid';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { PT_PER_MM, bodyPages, charPitch, lineText, linePitches, middleLines } from './body-grid';
import { W, parseXmlPart, wAttr, wChild } from './docx-xml';
import { libreOfficePdf, outputDir } from './pdf-tools';
import { createSampleReport, putSamplePhotos, sampleReportMeta, sentence, smallShape } from './sample-report';
import { type FigureImageRef, build } from '../../core/document/nodes';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { ReportFile } from '../../electron/store/report-file';

const t = PRINT_TEMPLATES.gongwen;
const office = requires('libreoffice', 'poppler');
/** GB/T 9704-2012: a 156 × 225 mm type area of 22 lines × 28 characters. */
const LINE_PITCH_MM = 225 / 22;
const CHAR_PITCH_MM = 156 / 28;
/** Text pages with a photo or two (rows of them, captions) besides full text pages. */
const shape = { ...smallShape, paragraphsPerSection: 6, paragraphLength: 5 };

async function exportSample(name: string, of = shape): Promise<string> {
  const file = closeLater(await createSampleReport(join(tempDir(), 'r.nianbao'), of, sampleReportMeta));
  const out = join(outputDir('docx-grid'), name);
  await exportDocx(fileSource(file), out);
  return out;
}

/** Body text between photos alone, rows of photos, captioned tables and cases, round after round. */
function objectsDocument(photos: readonly FigureImageRef[]) {
  const text = (tag: string, sentences: number) => build.paragraph(tag + sentence.repeat(sentences));
  const blocks: SerializedNodeJSON[] = [build.heading(1, '对象之间的正文')];
  for (let round = 0; round < 4; round += 1) {
    const [a, b, c, d, e, f] = photos.slice(round * 6, round * 6 + 6);
    blocks.push(
      build.heading(2, `第${round + 1}组`),
      text('开头：', 2),
      build.figure(`单独的照片${round + 1}`, a ?? null),
      text('照片之后：', 2),
      build.figureRow([build.figure(`并排甲${round + 1}`, b ?? null), build.figure(`并排乙${round + 1}`, c ?? null)]),
      text('并排之后：', 2),
      build.tableCaption(`表格${round + 1}`),
      build.table(
        [
          ['指标', '数值', '同比'],
          ['在校学生（人）', '6531', '+3.2%'],
          ...Array.from({ length: round }, (_, i) => [`第${i + 1}项指标`, String(100 * i), '+1.0%']),
        ],
        true,
      ),
      text('表格之后：', 2),
      build.caseBlock(`案例${round + 1}`, [text('案例正文：', 1), build.figure(`案例照片${round + 1}`, d ?? null)]),
      text('案例之后：', 2),
      build.caseBlock(`案例${round + 1}续`, [
        text('案例正文：', 1),
        build.figureRow([build.figure('甲', e ?? null), build.figure('乙', f ?? null)]),
      ]),
      text('续案之后：', 1),
    );
  }
  return build.document(blocks);
}

describe('the 公文 .docx page grid', () => {
  it('records Word’s grid of 22 lines and 28 characters, sets 正文 exact at its pitch and condensed to 28', async () => {
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

  // Photos (alone, in rows, in cases), captions, a data table and case frames each take whole line
  // pitches, so the text after them is back on the page's grid, as 22 lines a page need.
  office.it(
    'keeps every body line on the page’s line grid after photos, figure rows, tables and cases',
    { timeout: 120_000 },
    async () => {
      const dir = outputDir('docx-grid');
      const file = closeLater(await ReportFile.create(join(tempDir(), 'objects.nianbao'), sampleReportMeta));
      file.saveDocument(objectsDocument(await putSamplePhotos(file, 24, { width: 800, height: 600 })));
      const docx = join(dir, 'lo-objects.docx');
      await exportDocx(fileSource(file), docx);
      const pages = bodyPages(libreOfficePdf(office.path('libreoffice'), docx, dir), t);
      // The .docx's own pitch (579 twips), a hair under GB/T 9704's 225 / 22 mm.
      const pitchPt = bodyLinePitch(t) / 20;
      const left = t.margin.left * PT_PER_MM;
      const indent = 2 * CHAR_PITCH_MM * PT_PER_MM;
      // Body text starts at the margin or two characters in; a case's text as far in again as its
      // frame's padding (3 mm). Captions, centred, and table cells are left out.
      const frame = 3 * PT_PER_MM;
      const isBody = (line: readonly { xMin: number }[]) =>
        [0, indent, frame, frame + indent].some((x) => Math.abs(line[0]!.xMin - left - x) < 1.5);
      // The grid's first line: where a page opening on body text sets it (the least of them, a
      // page opening below a photo or frame sets its first body line lower).
      const first = Math.min(...pages.filter((p) => isBody(p.lines[0]!)).map((p) => p.lines[0]![0]!.yMax));
      const residuals = pages.flatMap((page) =>
        page.lines.filter(isBody).map((line) => {
          const steps = (line[0]!.yMax - first) / pitchPt;
          return { page: page.folio, text: lineText(line).slice(0, 12), off: (steps - Math.round(steps)) * pitchPt };
        }),
      );
      expect(residuals.length).toBeGreaterThan(100);
      // The paragraph after each kind of block is among the lines measured, four times over.
      for (const after of ['照片之后', '并排之后', '表格之后', '案例之后', '续案之后'])
        expect(residuals.filter((r) => r.text.startsWith(after)).length, after).toBe(4);
      expect(residuals.filter((r) => r.text.startsWith('案例正文')).length).toBe(8);
      const off = residuals.filter((r) => Math.abs(r.off) > 0.3);
      expect(off.map((r) => `p${r.page} ${r.off.toFixed(2)} pt ${r.text}`)).toEqual([]);
    },
  );
});
