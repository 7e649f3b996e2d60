import type { ChartDrawing, ChartSpec } from '../chart/chart-data';
import type { CoverImage, ReportMeta } from '../report-meta';
import { labelledHeading, listMarkers } from '../numbering';
import {
  type BodyBlock,
  type CaseBlock,
  type FigureBlock,
  type HeadingBlock,
  type ReportBlock,
  type ReportTree,
  type Run,
  type TableBlock,
  type TableCell,
  splitPreface,
} from '../report-tree';
import { zh } from '../zh';
import { type CoverOptions, type CoverText, coverText, coverTitleSize } from './cover';
import { figureRowSize, singleFigureWidth } from './figure-size';
import { pagedScript } from './paged-script';
import { headerRowCount, tableColumnWidths } from './table-columns';
import { SCREEN_CSS, cssLinePitch, printCss } from './print-css';
import {
  PRINT_TEMPLATES,
  type PrintTemplate,
  type Template,
  caseInnerWidth,
  charPitch,
  contentWidth,
} from './templates';

/**
 * The print HTML of a report: cover, optional 前言 (the text before the first heading),
 * 目录, chapters. Pure: photos and fonts are referenced through URLs the caller serves
 * (a loopback route in the CLI, app:// in Electron). With `pagedJsUrl` the page paginates
 * itself with Paged.js; without it, it is one continuous page (a quick preview).
 */
export interface PrintOptions extends CoverOptions {
  imageUrl: (assetKey: string) => string;
  fontCssUrl: string;
  pagedJsUrl: string | null;
  /** Template to use instead of the report's own. */
  template?: Template;
  /** Deepest heading level listed in the 目录. */
  tocLevels?: 1 | 2 | 3 | 4;
  /** Draws a chart as SVG (charts/chart-svg.ts); without it charts print as a marked gap. */
  drawChart?: (chart: ChartSpec) => ChartDrawing;
}

export function printHtml(tree: ReportTree, meta: ReportMeta, options: PrintOptions): string {
  const t = PRINT_TEMPLATES[options.template ?? meta.template];
  const r = new Renderer(t, tree, options);
  const { preface, body } = splitPreface(tree);
  const hasPreface = preface.length > 0;
  const cover = coverText(meta, options);
  const recto = meta.duplex ? ' recto' : '';
  const pagedScripts = options.pagedJsUrl
    ? `<script>${pagedScript()}</script>\n<script src="${attr(options.pagedJsUrl)}"></script>`
    : '';
  const prefaceSection = hasPreface
    ? `<section class="preface${recto}" data-zone="front">\n` +
      `<h1 class="front-title">${esc(zh.print.preface)}</h1>\n${r.blocks(preface)}\n</section>`
    : '';
  const tocSection =
    tree.headings.length > 0
      ? `<section class="toc${recto}" data-zone="front">\n` +
        `<div class="front-title">${esc(zh.print.toc)}</div>\n${r.toc(options.tocLevels ?? 2)}\n</section>`
      : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(meta.title)}</title>
<link rel="stylesheet" href="${attr(options.fontCssUrl)}" data-pagedjs-ignore>
<style>${printCss(t)}</style>
<style media="screen">${SCREEN_CSS}</style>
${pagedScripts}
</head>
<body lang="zh-CN"${t.runningHead ? ` data-running-head="${attr(meta.title)}"` : ''}${lineGridAttributes(t)}>
${coverHtml(cover, meta, options, coverTitleSize(cover, t.title.size, contentWidth(t)))}
${prefaceSection}
${tocSection}
<main${recto ? ' class="recto"' : ''} data-zone="body">
${r.blocks(body)}
</main>
</body>
</html>
`;
}

/** What the pagination script needs to keep 公文 body text on the line grid (line-grid-script.ts). */
function lineGridAttributes(t: PrintTemplate): string {
  if (charPitch(t) === null) return '';
  return ` data-line-pitch="${cssLinePitch(t).toFixed(3)}" data-type-width="${contentWidth(t).toFixed(2)}mm"`;
}

/**
 * The cover: an optional emblem over the title (in a colour band in 简洁), an optional photo, issuer and date at the
 * foot.
 */
function coverHtml(cover: CoverText, meta: ReportMeta, options: PrintOptions, titleSize: number): string {
  const image = (className: string, picture: CoverImage | null) =>
    picture
      ? `<img class="${className}" src="${attr(options.imageUrl(picture.sha256))}" ` +
        `width="${picture.width}" height="${picture.height}" alt="">`
      : '';
  const titleLines = cover.titleLines.map((line) => `<div>${esc(line)}</div>`).join('');
  return `<section class="cover${meta.coverPhoto ? ' with-photo' : ''}" data-zone="cover">
<div class="cover-band">${image('cover-emblem', meta.emblem)}
<div class="cover-title" style="font-size:${titleSize}pt">${titleLines}</div>
<div class="cover-year">${esc(cover.yearLine)}</div>
</div>
${image('cover-photo', meta.coverPhoto)}
<div class="cover-foot"><div>${esc(cover.issuer)}</div><div>${esc(cover.date)}</div></div>
</section>`;
}

class Renderer {
  /** The column photos are sized to: the type area, or the inside of a case while one is rendered. */
  private width: number;

  constructor(
    private readonly t: PrintTemplate,
    private readonly tree: ReportTree,
    private readonly options: PrintOptions,
  ) {
    this.width = contentWidth(t);
  }

  toc(levels: number): string {
    return this.tree.headings
      .map((h, i) => ({ h, i }))
      .filter(({ h }) => h.level <= levels)
      .map(
        ({ h, i }) =>
          `<a class="toc-entry toc-${h.level}" href="#h-${i}"><span class="toc-text">${esc(headingLabel(h))}</span>` +
          '<span class="toc-leader"></span><span class="toc-page"></span></a>',
      )
      .join('\n');
  }

  /** Consecutive headings share one unbreakable group kept with what follows, so none is left at a page foot. */
  blocks(blocks: readonly ReportBlock[]): string {
    const out: string[] = [];
    for (let i = 0; i < blocks.length; i += 1) {
      if (blocks[i]!.kind !== 'heading') {
        out.push(this.block(blocks[i]!));
        continue;
      }
      const group: string[] = [];
      for (; i < blocks.length && blocks[i]!.kind === 'heading'; i += 1) group.push(this.block(blocks[i]!));
      i -= 1;
      out.push(group.length === 1 ? group[0]! : `<div class="heading-group">${group.join('')}</div>`);
    }
    return out.join('\n');
  }

  private block(b: ReportBlock): string {
    switch (b.kind) {
      case 'heading':
        return this.heading(b);
      case 'case':
        return this.caseStudy(b);
      default:
        return this.body(b);
    }
  }

  /** One text node per heading: Paged.js can then never split a heading between its number and its text. */
  private heading(h: HeadingBlock): string {
    const index = this.tree.headings.indexOf(h);
    const unnumbered = h.numbered ? '' : ' class="unnumbered"';
    return `<h${h.level} id="h-${index}"${unnumbered}>${esc(headingLabel(h))}</h${h.level}>`;
  }

  private caseStudy(c: CaseBlock): string {
    this.width = caseInnerWidth(this.t);
    const body = c.body.map((b) => this.body(b)).join('\n');
    this.width = contentWidth(this.t);
    const title = `<div class="case-title"><span class="case-label">${esc(c.label)}</span>${runs(c.titleRuns)}</div>`;
    return `<section class="case">${title}\n${body}\n</section>`;
  }

  private body(b: BodyBlock): string {
    switch (b.kind) {
      case 'paragraph': {
        const align = b.align === 'center' || b.align === 'right' ? ` class="align-${b.align}"` : '';
        return `<p${align}>${b.runs.length > 0 ? runs(b.runs) : '<br>'}</p>`;
      }
      case 'list': {
        // Markers written out (not the browser's), so the PDF numbers a nested list as the .docx does.
        const official = this.t.lists === 'official';
        const markers = listMarkers(b.items, official, b.start);
        const nest = (depth: number) => (depth > 0 && !official ? ` style="margin-left:${depth * 2}em"` : '');
        const items = b.items.map(
          (item, i) =>
            `<li${nest(item.depth)}><span class="li-marker">${esc(markers[i]!)}</span>${runs(item.runs)}</li>`,
        );
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag} class="list">${items.join('')}</${tag}>`;
      }
      case 'figure':
        return this.figure(b, singleFigureWidth(this.t, b, this.width));
      case 'figure-row':
        return this.figureRow(b.figures);
      case 'table':
        return this.table(b);
      case 'stray-table-caption':
        return `<div class="table-caption">${esc(b.text)}</div>`;
      case 'page-break':
        return '<div class="page-break"></div>';
    }
  }

  /** `inRowMm`: the figure's width in a figure row, fixed so the row's height never waits on its photos loading. */
  private figure(f: FigureBlock, widthMm: number | null, inRowMm?: number): string {
    const caption = `<figcaption>${esc(f.label)}${f.caption ? ` ${runs(f.captionRuns)}` : ''}</figcaption>`;
    const style = inRowMm !== undefined ? ` style="flex:0 0 ${inRowMm.toFixed(2)}mm"` : '';
    if (f.chart) return `<figure${style}>${this.chart(f.chart, widthMm)}${caption}</figure>`;
    if (!f.image)
      return `<figure${style}><div class="figure-missing">${esc(zh.print.missingPhoto)}</div>${caption}</figure>`;
    const size = widthMm !== null ? ` style="width:${widthMm.toFixed(1)}mm"` : '';
    const alt = f.caption || f.label;
    const dimensions = f.image.width > 0 ? ` width="${f.image.width}" height="${f.image.height}"` : '';
    const src = attr(this.options.imageUrl(f.image.assetKey));
    return `<figure${style}><img src="${src}" alt="${attr(alt)}"${dimensions}${size}>${caption}</figure>`;
  }

  /** The chart's SVG inline (vector in the PDF), then its 数据来源 line; a grid that cannot be drawn says why. */
  private chart(spec: ChartSpec, widthMm: number | null): string {
    const drawing = this.options.drawChart?.(spec) ?? { ok: false, problems: [] };
    const size = widthMm !== null ? ` style="width:${widthMm.toFixed(1)}mm"` : '';
    const source = spec.source.trim()
      ? `<div class="chart-source">${esc(zh.chart.sourcePrefix + spec.source.trim())}</div>`
      : '';
    if (drawing.ok) return `<div class="chart"${size}>${drawing.svg}</div>${source}`;
    const problems = drawing.problems.map((p) => `<div>${esc(p)}</div>`).join('');
    const unavailable = `<div>${esc(zh.print.chartUnavailable)}</div>`;
    return `<div class="figure-missing chart-problem">${unavailable}${problems}</div>${source}`;
  }

  /** Photos side by side at one height: widths in proportion to their aspect ratios. */
  private figureRow(figures: readonly FigureBlock[]): string {
    const { rowWidth, widths } = figureRowSize(this.t, figures, this.width);
    const row = figures.map((f, i) => this.figure(f, null, widths[i]!)).join('');
    return `<div class="figure-row" style="width:${rowWidth.toFixed(1)}mm">${row}</div>`;
  }

  /**
   * Leading header rows go in a `<thead>`, which the pagination script repeats on every page the
   * table runs onto; columns are fixed at the widths the .docx gets too (table-columns.ts).
   */
  private table(tb: TableBlock): string {
    const caption =
      tb.caption || tb.captionRuns.length > 0
        ? `<div class="table-caption">${esc(tb.label)} ${runs(tb.captionRuns)}</div>`
        : '';
    const widths = tableColumnWidths(tb, this.width, this.t.table.size);
    const cols = widths.map((w) => `<col style="width:${w.toFixed(2)}mm">`).join('');
    const row = (cells: readonly TableCell[]) =>
      `<tr>${cells
        .map((c) => {
          const tag = c.header ? 'th' : 'td';
          const colspan = c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '';
          const rowspan = c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '';
          return `<${tag}${colspan}${rowspan}${c.align ? ` class="align-${c.align}"` : ''}>${runs(c.runs)}</${tag}>`;
        })
        .join('')}</tr>`;
    const headerRows = headerRowCount(tb);
    const head = headerRows > 0 ? `<thead>${tb.rows.slice(0, headerRows).map(row).join('')}</thead>` : '';
    const body = tb.rows.slice(headerRows).map(row).join('');
    const width = widths.reduce((a, b) => a + b, 0).toFixed(2);
    const colgroup = `<colgroup>${cols}</colgroup>`;
    return `${caption}<table style="width:${width}mm">${colgroup}${head}<tbody>${body}</tbody></table>`;
  }
}

export function headingLabel(h: HeadingBlock): string {
  return labelledHeading(h.label, h.text);
}

function runs(list: readonly Run[]): string {
  return list
    .map((r) => {
      if (r.text === '\n') return '<br>';
      let html = esc(r.text).replace(/\n/g, '<br>');
      if (r.underline) html = `<u>${html}</u>`;
      if (r.italic) html = `<i>${html}</i>`;
      if (r.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(text: string): string {
  return esc(text).replace(/"/g, '&quot;');
}
