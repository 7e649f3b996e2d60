/**
 * A short report with a 三线表 (a thick rule above, a thin one under its header row, a thick one
 * at its foot, no rules down), written by hand as HTML (for Chromium) and as a flat ODT (for
 * LibreOffice): two producers of the tables Chinese schools and journals print.
 */

export const THREE_LINE_CAPTION = '表1 2024年各专业招生与就业情况';
export const THREE_LINE_ROWS = [
  ['专业名称', '招生人数', '毕业人数', '就业率（%）'],
  ['机电技术应用', '120', '115', '98.3'],
  ['护理', '200', '186', '99.5'],
  ['计算机应用与大数据技术服务方向', '85', '80', '97.5'],
  ['旅游服务与管理', '60', '58', '96.6'],
];
/** A table long enough to run over a page end: the rows above, then more of them. */
export const LONG_ROWS = [
  ...THREE_LINE_ROWS,
  ...Array.from({ length: 50 }, (_, i) => [`专业方向${i + 1}`, String(40 + i), String(38 + i), '95.0']),
];
export const BEFORE = '学校坚持立德树人根本任务，深化产教融合、校企合作，各专业招生与就业情况见下表。';
export const AFTER = '表中数据截至2024年8月31日，就业率按毕业生去向落实情况统计。';
/** Text merely aligned in columns, with no rules: a signature block, which must stay lines of text. */
export const SIGNATURE = ['填报人：张明', '审核人：李华', '日期：2024年9月1日'];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The report as HTML, its table styled as a 三线表 by CSS borders. */
export function threeLineHtml(): string {
  const [header, ...body] = THREE_LINE_ROWS;
  const cells = (row: string[], tag: string) =>
    `<tr>${row.map((t) => `<${tag}>${escapeXml(t)}</${tag}>`).join('')}</tr>`;
  const thickRules = 'border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000;';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 25mm; }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt; line-height: 1.6; }
p { text-indent: 2em; margin: 0 0 0.5em; }
.caption { text-align: center; text-indent: 0; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; ${thickRules} }
th { font-weight: normal; border-bottom: 0.75pt solid #000; padding: 3pt 4pt; }
td { padding: 2pt 4pt; text-align: center; }
td:first-child { text-align: left; width: 35%; }
.signature { display: flex; justify-content: space-between; text-indent: 0; margin-top: 2em; }
</style></head><body>
<p>${escapeXml(BEFORE)}</p>
<p class="caption">${escapeXml(THREE_LINE_CAPTION)}</p>
<table><thead>${cells(header!, 'th')}</thead><tbody>${body.map((r) => cells(r, 'td')).join('')}</tbody></table>
<p>${escapeXml(AFTER)}</p>
<p class="signature">${SIGNATURE.map((s) => `<span>${escapeXml(s)}</span>`).join('')}</p>
</body></html>`;
}

/** The report as a flat ODT for LibreOffice: cell borders set per cell, as Word's 三线表 style sets them. */
export function threeLineFodt(rows = THREE_LINE_ROWS): string {
  return reportFodt(rows, {
    head: cellStyle('1.5pt solid #000000', '0.75pt solid #000000'),
    body: cellStyle('none', 'none'),
    foot: cellStyle('none', '1.5pt solid #000000'),
  });
}

/** The report with its table ruled all round instead, its header row shaded grey and set in the body's weight. */
export function shadedGridFodt(): string {
  const all = '0.5pt solid #000000';
  return reportFodt(THREE_LINE_ROWS, {
    head: cellStyle(all, all, all, ' fo:background-color="#d9d9d9"'),
    body: cellStyle(all, all, all),
    foot: cellStyle(all, all, all),
  });
}

/** A cell style's properties: its borders above, below and at its sides, and anything more. */
const cellStyle = (top: string, bottom: string, sides = 'none', more = '') =>
  `<style:table-cell-properties fo:padding="0.05cm" fo:border-left="${sides}" fo:border-right="${sides}"` +
  ` fo:border-top="${top}" fo:border-bottom="${bottom}"${more}/>`;

const ODF_NAMESPACES =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const STANDARD_STYLE =
  '<style:style style:name="Standard" style:family="paragraph">' +
  '<style:paragraph-properties fo:text-indent="0.85cm" fo:margin-bottom="0.2cm"/>' +
  `<style:text-properties style:font-name="Noto Serif CJK SC" fo:font-family="'Noto Serif CJK SC'"` +
  ` style:font-family-asian="'Noto Serif CJK SC'" fo:font-size="12pt" style:font-size-asian="12pt"/>` +
  '</style:style>';
const CAPTION_STYLE =
  '<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">' +
  '<style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>' +
  '<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>';
const CELL_STYLE =
  '<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">' +
  '<style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/>' +
  '<style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>';
const TABLE_STYLE =
  '<style:style style:name="Table" style:family="table">' +
  '<style:table-properties style:width="16cm" table:align="center"/></style:style>';

/** The report with `rows` as its table (the first its header row, repeated on each page the table runs over). */
function reportFodt(tableRows: readonly string[][], cells: { head: string; body: string; foot: string }): string {
  const [header, ...body] = tableRows;
  const columns = header!.length;
  const cell = (text: string, style: string) =>
    `<table:table-cell table:style-name="${style}" office:value-type="string">` +
    `<text:p text:style-name="Cell">${escapeXml(text)}</text:p></table:table-cell>`;
  const row = (texts: string[], style: string) =>
    `<table:table-row>${texts.map((t) => cell(t, style)).join('')}</table:table-row>`;
  const rows = [
    `<table:table-header-rows>${row(header!, 'Head')}</table:table-header-rows>`,
    ...body.map((texts, i) => row(texts, i === body.length - 1 ? 'Foot' : 'Body')),
  ];
  const style = (name: string, properties: string) =>
    `<style:style style:name="${name}" style:family="table-cell">${properties}</style:style>`;
  const table =
    '<table:table table:name="Table1" table:style-name="Table">' +
    `<table:table-column table:number-columns-repeated="${columns}"/>${rows.join('')}</table:table>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODF_NAMESPACES} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls/>
<office:styles>
${STANDARD_STYLE}
${CAPTION_STYLE}
${CELL_STYLE}
</office:styles>
<office:automatic-styles>
${TABLE_STYLE}
${style('Head', cells.head)}
${style('Body', cells.body)}
${style('Foot', cells.foot)}
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="Standard">${escapeXml(BEFORE)}</text:p>
<text:p text:style-name="Caption">${escapeXml(THREE_LINE_CAPTION)}</text:p>
${table}
<text:p text:style-name="Standard">${escapeXml(AFTER)}</text:p>
<text:p text:style-name="Standard">${SIGNATURE.map(escapeXml).join('<text:tab/>')}</text:p>
</office:text></office:body></office:document>
`;
}
