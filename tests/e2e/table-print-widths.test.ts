import { expect, test } from 'vitest';
import { tableColumnWidths } from '../../core/print/table-columns';
import { PRINT_TEMPLATES, contentWidth } from '../../core/print/templates';
import type { TableCell } from '../../core/report-tree';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReportWithTable } from '../helpers/editor-page';

/** Issue #19: a table never dragged shows its columns in the editor as print sets them. */
const e2e = useHarnessAndBrowser();

// A long sentence, a school's name and a number: the browser's own layout would break the name.
const texts = [
  ['说明', '学校', '人数'],
  [
    '围绕区域主导产业新增智能制造、现代物流等专业，撤并就业率低的专业，优化专业结构布局。',
    '昌吉州农业职业技术学校',
    '6531',
  ],
];

const cell = (text: string): TableCell => ({ text, runs: [], colSpan: 1, rowSpan: 1, header: false, align: null });

test('an undragged table shows its columns in the proportions print gives them', async () => {
  const page = await newReportWithTable(e2e, '学校一览');
  const cells = page.locator('.report-content table td, .report-content table th');
  for (const [i, text] of texts.flat().entries()) {
    await cells.nth(i).click();
    await typeWithIme(page, text);
  }

  const t = PRINT_TEMPLATES.gongwen;
  const printed = tableColumnWidths(
    { rows: texts.map((row) => row.map(cell)), columnWidths: null },
    contentWidth(t),
    t.table.size,
  );
  const share = (widths: readonly number[]) => widths.map((w) => w / widths.reduce((a, b) => a + b, 0));
  const expected = share(printed);
  const shown = async () =>
    share(
      await cells.nth(3).evaluate((td) => [...td.parentElement!.children].map((c) => c.getBoundingClientRect().width)),
    );
  await expect
    .poll(async () => Math.max(...(await shown()).map((s, i) => Math.abs(s - expected[i]!))), { timeout: 10_000 })
    .toBeLessThan(0.01);
  // The school's name is on one line, as in print.
  const nameLines = await cells
    .nth(4)
    .locator('p')
    .evaluate((p) => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
  expect(nameLines).toBe(1);
});
