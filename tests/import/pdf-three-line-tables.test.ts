import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';
import { importFile } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { libreOfficePdf } from '../export/pdf-tools';
import { launchChromium } from '../helpers/browser';
import { tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import {
  AFTER,
  BEFORE,
  LONG_ROWS,
  SIGNATURE,
  THREE_LINE_CAPTION,
  THREE_LINE_ROWS,
  shadedGridFodt,
  threeLineFodt,
  threeLineHtml,
} from './three-line-table-sources';

const chromium = requires('chromium');
const office = requires('libreoffice');

const textOf = (node: SerializedNodeJSON): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('');

/** The document's blocks as text, a table as its rows of cells (a header cell marked *). */
function shape(document: EditorStateJSON): (string | string[][])[] {
  return (document.root.children ?? []).map((node) =>
    node.type === 'table'
      ? (node.children ?? []).map((row) =>
          (row.children ?? []).map(
            (cell) => `${textOf(cell)}${(cell as { headerState?: number }).headerState ? '*' : ''}`,
          ),
        )
      : `${node.type}: ${textOf(node)}`,
  );
}

const [HEADER, ...BODY] = THREE_LINE_ROWS;
/**
 * The report as it reads back: the caption above its table (its 表1 taken into the numbering), the header row marked.
 */
const EXPECTED = [
  `paragraph: ${BEFORE}`,
  `table-caption: ${THREE_LINE_CAPTION.replace(/^表1 /, '')}`,
  [HEADER!.map((t) => `${t}*`), ...BODY],
  `paragraph: ${AFTER}`,
];

/** The signature block, aligned by tabs or flex but ruled by nothing, stays one paragraph of its text. */
function expectSignatureText(blocks: (string | string[][])[]): void {
  const last = blocks.at(-1);
  expect(typeof last === 'string' && last.replace(/\s/g, '')).toBe(
    `paragraph: ${SIGNATURE.join('')}`.replace(/\s/g, ''),
  );
}

chromium.describe('a 三线表 Chromium prints from hand-written HTML imports as a table', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('its rows and columns read off the rules across and the gaps between cells, its caption above it', {
    timeout: 60_000,
  }, async () => {
    const pdf = join(tempDir(), 'three-line.pdf');
    const page = await browser.newPage();
    await page.setContent(threeLineHtml());
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.close();
    const blocks = shape((await importFile(pdf, collectPhotos().addPhoto)).document);
    expect(blocks.slice(0, -1)).toEqual(EXPECTED);
    expectSignatureText(blocks);
  });
});

/** The flat ODT printed to PDF by LibreOffice and imported, as the shape of its blocks. */
async function importedFromOffice(fodtText: string): Promise<(string | string[][])[]> {
  const dir = tempDir();
  const fodt = join(dir, 'report.fodt');
  writeFileSync(fodt, fodtText);
  const pdf = libreOfficePdf(office.path('libreoffice'), fodt, dir);
  return shape((await importFile(pdf, collectPhotos().addPhoto)).document);
}

office.describe('a 三线表 LibreOffice prints from an ODT imports as a table', () => {
  it('its rows and columns, the wrapped first cell one cell, its caption above it', { timeout: 180_000 }, async () => {
    const blocks = await importedFromOffice(threeLineFodt());
    expect(blocks.slice(0, -1)).toEqual(EXPECTED);
    expectSignatureText(blocks);
  });

  it('one table when it runs over a page end, its header row repeated at the top of the next page', {
    timeout: 180_000,
  }, async () => {
    const blocks = await importedFromOffice(threeLineFodt(LONG_ROWS));
    const [header, ...body] = LONG_ROWS;
    expect(blocks.slice(0, -1)).toEqual([...EXPECTED.slice(0, 2), [header!.map((t) => `${t}*`), ...body], EXPECTED[3]]);
  });
});

office.describe('a ruled table LibreOffice prints with its header row shaded imports with it as its header', () => {
  it('its first row, in the body’s weight but on a grey ground, is the header', { timeout: 180_000 }, async () => {
    expect((await importedFromOffice(shadedGridFodt())).slice(0, -1)).toEqual(EXPECTED);
  });
});
