import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import {
  caretIn,
  choosePhotos,
  clipboardOf,
  labels,
  pasteHtml,
  pasteKept,
  newReport,
  photo,
} from '../helpers/editor-page';

/** Issue #18 part 2: cases, photos, tables and lists behave as a Word or WPS user expects. */
const e2e = useHarnessAndBrowser();

/** The report's top-level blocks, a case with its own blocks: "p:text", "case[title:…, figure:…]". */
const blocks = (page: Page) =>
  page.locator('.report-content').evaluate((root) => {
    const describe = (el: Element): string => {
      if (el.matches('.rp-case')) return `case[${[...el.children].map(describe).join(', ')}]`;
      if (el.matches('.rp-case-title')) return `title:${el.textContent}`;
      if (el.matches('.rp-figure')) return `figure:${el.querySelector('figcaption')?.textContent ?? ''}`;
      if (el.matches('.rp-page-break')) return 'page-break';
      return `${el.tagName.toLowerCase()}:${el.textContent}`;
    };
    return [...root.children].map(describe);
  });

for (const [way, insertCase] of [
  ['the toolbar 案例 button', (page: Page) => page.getByTitle('插入案例 (Ctrl+Alt+C)').click()],
  ['Ctrl+Alt+C', (page: Page) => page.keyboard.press('Control+Alt+c')],
] as const) {
  test(`a case inserted with ${way}: Enter after the title goes on in its one body line`, async () => {
    const { page } = await newReport(e2e);
    await typeWithIme(page, '学校概况。');
    await insertCase(page);
    await expect.poll(() => blocks(page)).toEqual(['p:学校概况。', 'case[title:, p:]', 'p:']);
    await typeWithIme(page, '产教融合育人');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '学校与企业共建实训基地。');
    await expect
      .poll(() => blocks(page))
      .toEqual(['p:学校概况。', 'case[title:产教融合育人, p:学校与企业共建实训基地。]', 'p:']);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => blocks(page))
      .toEqual(['p:学校概况。', 'case[title:产教融合育人, p:学校与企业共建实训基地。, p:]', 'p:']);
  });
}

test('title, Enter, body, Enter, 图片 puts the photo in the case; Ctrl+Enter leaves it, no page break', async () => {
  const { page } = await newReport(e2e);
  await page.keyboard.press('Control+Alt+c');
  await typeWithIme(page, '产教融合育人');
  await page.keyboard.press('Enter');
  await typeWithIme(page, '学校与企业共建实训基地。');
  await page.keyboard.press('Enter');
  await choosePhotos(page, '插入图片', [await photo('实训.jpg', 40, 90, 160)]);
  await expect.poll(() => page.locator('.rp-case .rp-photo img').count(), { timeout: 15_000 }).toBe(1);
  // The caret is in the caption; an empty line stays under the photo to go on writing in the case.
  await typeWithIme(page, '实训现场');
  const inCase = 'case[title:产教融合育人, p:学校与企业共建实训基地。, figure:实训现场, p:]';
  await expect.poll(() => blocks(page)).toEqual([inCase, 'p:']);
  expect(await page.locator('.nav-pane li button').allTextContents()).toEqual(['【案例1】产教融合育人', '图1实训现场']);

  await page.keyboard.press('Control+Enter');
  await typeWithIme(page, '案例之后的正文。');
  await expect.poll(() => blocks(page)).toEqual([inCase, 'p:案例之后的正文。']);
  expect(await labels(page, '.rp-figure-caption')).toEqual(['图1 实训现场']);
});

test('Tab in the last cell of a table adds a row and goes on in its first cell, as in Word', async () => {
  const { page } = await newReport(e2e);
  await page.getByTitle('插入表格').click();
  await typeWithIme(page, '学校一览');
  await page.locator('.rp-td').last().click();
  await typeWithIme(page, '900');
  await page.keyboard.press('Tab');
  await typeWithIme(page, '新行');
  const rows = () =>
    page
      .locator('.report-content table tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  await expect.poll(rows).toEqual([
    ['', '', ''],
    ['', '', ''],
    ['', '', '900'],
    ['新行', '', ''],
  ]);
  // Tab elsewhere still moves to the next cell; the line after the table stays empty.
  await page.keyboard.press('Tab');
  await typeWithIme(page, '乙');
  await expect.poll(async () => (await rows())[3]).toEqual(['新行', '乙', '']);
  expect((await blocks(page)).at(-1)).toBe('p:');
});

test('typing 1. or （1） first in a paragraph begins a numbered list, - a bulleted one; Ctrl+Z undoes it', async () => {
  const { page } = await newReport(e2e);
  await page.keyboard.type('1. ');
  await expect.poll(() => blocks(page)).toEqual(['ol:']);
  await typeWithIme(page, '专业建设');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设']);
  // Enter twice leaves the list; a bullet there, undone by one Ctrl+Z.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设', 'ul:']);
  await page.keyboard.press('Control+z');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设', 'p:- ']);
  await typeWithIme(page, '不是列表');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设', 'p:- 不是列表']);
  // （1） typed through the input method, with no space after it.
  await page.keyboard.press('Enter');
  await typeWithIme(page, '（1）');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设', 'p:- 不是列表', 'ol:']);
  await typeWithIme(page, '师资队伍');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设', 'p:- 不是列表', 'ol:师资队伍']);
  // Text that merely starts like a marker stays text.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2.5 万元');
  await expect.poll(() => blocks(page)).toEqual(['ol:专业建设', 'p:- 不是列表', 'ol:师资队伍', 'p:2.5 万元']);
});

test('pictures pasted from a WeChat article or web page become figures captioned by their ▲ or 图为 lines', async () => {
  const { page } = await newReport(e2e);
  const png = async (background: string) => {
    const bytes = await sharp({ create: { width: 320, height: 200, channels: 3, background } })
      .png()
      .toBuffer();
    return `data:image/png;base64,${bytes.toString('base64')}`;
  };
  const html = `<html><body>
    <section><p>活动开展情况如下。</p></section>
    <section style="text-align:center"><p style="text-align:center"><img src="${await png('#2a6')}"></p></section>
    <section style="text-align:center">
      <p style="text-align:center"><span style="color:#888">▲学生在实训基地开展技能训练</span></p>
    </section>
    <p style="text-align:center"><img src="${await png('#62a')}"></p>
    <p style="text-align:center">图为校企合作签约仪式。</p>
    <p style="text-align:center"><img src="${await png('#a62')}"></p>
    <p>此后正文。</p>
  </body></html>`;
  await pasteHtml(page, html, '活动开展情况如下。');
  await expect.poll(() => page.locator('.rp-photo img').count(), { timeout: 15_000 }).toBe(3);
  // One figure per picture, its caption taken from the marked line; no empty centred line left behind.
  const figures = ['figure:学生在实训基地开展技能训练', 'figure:校企合作签约仪式', 'figure:'];
  expect(await blocks(page)).toEqual(['p:活动开展情况如下。', ...figures, 'p:此后正文。']);
  expect(await labels(page, '.rp-figure-caption')).toEqual([
    '图1 学生在实训基地开展技能训练',
    '图2 校企合作签约仪式',
    '图3 ',
  ]);
});

test('a table pasted from Word gets a 表N caption (its own, when Word had one) and is listed in 导航', async () => {
  const { page } = await newReport(e2e);
  const cell = (text: string) => `<td style="border:solid windowtext 1.0pt"><p class=MsoNormal>${text}</p></td>`;
  const html = `<html><body>
    <p class=MsoNormal>全校招生情况见下表。</p>
    <p class=MsoCaption align=center style="text-align:center">
      <span lang=EN-US>表</span><span>1 </span><span>2025年各专业招生人数</span>
    </p>
    <table class=MsoTableGrid border=1>
      <tr>${cell('专业')}${cell('人数')}</tr><tr>${cell('机电')}${cell('120')}</tr>
    </table>
    <p class=MsoNormal>师资情况如下。</p>
    <table class=MsoTableGrid border=1><tr>${cell('专任教师')}${cell('86')}</tr></table>
  </body></html>`;
  await pasteHtml(page, html, '全校招生情况见下表。');
  await expect.poll(() => page.locator('.report-content table').count()).toBe(2);
  await expect.poll(() => labels(page, '.rp-table-caption')).toEqual(['表1 2025年各专业招生人数', '表2 ']);
  const nav = page.locator('.nav-pane li button');
  expect(await nav.allTextContents()).toEqual(['表12025年各专业招生人数', '表2']);
  // Each caption right above its table; Word's caption line is not left as text with its typed 表 1.
  expect(await page.locator('.rp-table-caption + table, .rp-table-caption + div > table').count()).toBe(2);
  expect(await page.locator('.report-content').textContent()).not.toContain('表1');
});

test('a photo and caption move whole by drag, cut, copy, paste; Delete removes them, Ctrl+Z undoes it', async () => {
  const { page } = await newReport(e2e);
  await typeWithIme(page, '前文');
  await page.keyboard.press('Control+Alt+c');
  await typeWithIme(page, '案例标题');
  await page.keyboard.press('Enter');
  await typeWithIme(page, '案例正文');
  await page.keyboard.press('Control+Enter');
  await typeWithIme(page, '案例后');
  await choosePhotos(page, '插入图片', [await photo('实训.jpg', 40, 90, 160)]);
  await expect.poll(() => page.locator('.rp-photo img').count(), { timeout: 15_000 }).toBe(1);
  await typeWithIme(page, '实训现场');
  const caseOnly = 'case[title:案例标题, p:案例正文]';
  await expect.poll(() => blocks(page)).toEqual(['p:前文', caseOnly, 'p:案例后', 'figure:实训现场', 'p:']);

  // Dragged to the end of the case's body, the photo goes into the case with its caption.
  const body = page.locator('.rp-case p').first();
  const box = (await body.boundingBox())!;
  await page.locator('.rp-photo').dragTo(body, { targetPosition: { x: box.width - 4, y: box.height / 2 } });
  const withPhoto = 'case[title:案例标题, p:案例正文, figure:实训现场, p:]';
  await expect.poll(() => blocks(page)).toEqual(['p:前文', withPhoto, 'p:案例后', 'p:']);

  // A click selects it; cut, then pasted after 前文, it leaves the case.
  await page.locator('.rp-photo img').click();
  await expect.poll(() => page.locator('.rp-figure.rp-selected').count()).toBe(1);
  const kept = await clipboardOf(page, 'Control+x');
  await expect.poll(() => blocks(page)).toEqual(['p:前文', 'case[title:案例标题, p:案例正文, p:]', 'p:案例后', 'p:']);
  await page.locator('.report-content > p').first().click();
  await page.keyboard.press('End');
  await caretIn(page, '前文');
  await pasteKept(page, kept);
  await expect
    .poll(() => blocks(page))
    .toEqual(['p:前文', 'figure:实训现场', 'case[title:案例标题, p:案例正文, p:]', 'p:案例后', 'p:']);
  await expect.poll(() => page.locator('.rp-photo img').count()).toBe(1);

  // Copied, it is there twice; Delete removes the selected one, Ctrl+Z brings it back.
  await page.locator('.rp-photo img').click();
  const copy = await clipboardOf(page, 'Control+c');
  await page.locator('.rp-case p').first().click();
  await page.keyboard.press('End');
  await caretIn(page, '案例正文');
  await pasteKept(page, copy);
  await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 实训现场', '图2 实训现场']);
  await page.locator('.rp-photo img').first().click();
  await page.keyboard.press('Delete');
  await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 实训现场']);
  await expect.poll(() => page.locator('.rp-case .rp-figure').count()).toBe(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 实训现场', '图2 实训现场']);
  await page.locator('.rp-photo img').first().click();
  await page.keyboard.press('Backspace');
  await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 实训现场']);
});
