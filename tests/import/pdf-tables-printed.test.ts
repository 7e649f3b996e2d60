import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { buildDocx } from '../../electron/export/docx-export';
import { printResources } from '../../electron/export/print-resources';
import { importFile } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { libreOfficePdf } from '../export/pdf-tools';
import { sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { printWithPhotos, withSamplePhotos } from './printed-pdf';

const chromium = requires('chromium');
const office = requires('libreoffice');

/** A report with a captioned table whose first column merges two rows and whose last row merges two columns. */
const withTable = (): EditorStateJSON =>
  build.document([
    build.heading(1, '基本情况'),
    build.paragraph('学校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升。'),
    build.tableCaption('2024—2025学年主要办学指标'),
    build.table(
      [
        ['指标', '2024年', '2025年'],
        [{ paragraphs: ['在校生数（人）'], rowSpan: 2 }, '5200', '5600'],
        ['5300', '5700'],
        [{ paragraphs: ['专任教师数（人）与生师比，较长的文字在单元格内折行'] }, { paragraphs: ['320'], colSpan: 2 }],
      ],
      true,
    ),
    build.paragraph('表后的正文段落。'),
  ]);

/** The tables of a document as their caption and their cells' text with the merges (⟷ columns, ↕ rows). */
function tablesOf(document: EditorStateJSON): { caption: string; cells: string[][] }[] {
  const text = (node: SerializedNodeJSON): string =>
    typeof node.text === 'string' ? node.text : (node.children ?? []).map(text).join('');
  const body = document.root.children ?? [];
  return body.flatMap((node, i) =>
    node.type === 'table'
      ? [
          {
            caption: body[i - 1]?.type === 'table-caption' ? text(body[i - 1]!) : '',
            cells: (node.children ?? []).map((row) =>
              (row.children ?? []).map((cell) => {
                const { colSpan, rowSpan } = cell as { colSpan?: number; rowSpan?: number };
                const spansColumns = (colSpan ?? 1) > 1 ? ` ⟷${colSpan}` : '';
                const spansRows = (rowSpan ?? 1) > 1 ? ` ↕${rowSpan}` : '';
                return `${text(cell)}${spansColumns}${spansRows}`;
              }),
            ),
          },
        ]
      : [],
  );
}

const EXPECTED = [
  {
    caption: '2024—2025学年主要办学指标',
    cells: [
      ['指标', '2024年', '2025年'],
      ['在校生数（人） ↕2', '5200', '5600'],
      ['5300', '5700'],
      ['专任教师数（人）与生师比，较长的文字在单元格内折行', '320 ⟷2'],
    ],
  },
];

chromium.describe('a table in a PDF 年报工坊 printed imports back as a table', () => {
  beforeAll(async () => {
    await printResources();
  });

  it('its cells, merges, header row and caption, not rows of text', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const pdf = join(dir, 'table.pdf');
    await printWithPhotos(withTable(), sampleMeta, pdf);
    const back = await importFile(pdf, collectPhotos().addPhoto);
    expect(tablesOf(back.document)).toEqual(EXPECTED);
    const table = back.document.root.children?.find((n) => n.type === 'table');
    const headerStates = table?.children?.map((row) =>
      row.children?.map((c) => (c as { headerState?: number }).headerState),
    );
    expect(headerStates?.[0]).toEqual([1, 1, 1]);
    expect(headerStates?.[1]).toEqual([0, 0, 0]);
  });
});

office.describe('a table in a PDF LibreOffice made of a Word report imports as a table', () => {
  it('its cells, merges and caption', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const { bytes } = await buildDocx(await withSamplePhotos(withTable(), sampleMeta), {});
    const docx = join(dir, 'table.docx');
    writeFileSync(docx, bytes);
    const back = await importFile(libreOfficePdf(office.path('libreoffice'), docx, dir), collectPhotos().addPhoto);
    // Its one-entry 目录 ends at the entry's page number: the heading after it is not run into it.
    expect(buildReportTree(back.document).headings.map((h) => h.text)).toEqual(['基本情况']);
    // LibreOffice sets a number a little apart from the Chinese beside it (autospacing): read as 2024年.
    expect(tablesOf(back.document)).toEqual(EXPECTED);
  });
});
