import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { zh } from '../../core/zh';
import { callHarness, typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import {
  caretIn,
  choosePhotos,
  labels,
  newReport,
  openReport,
  pasteHtml,
  photo,
  photosShown,
} from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

/** The report's list items as "depth:list style:text", depth 0 at the top. */
const listItems = (page: Page) =>
  page.locator('.report-content li:not(.rp-li-nested)').evaluateAll((items) =>
    items.map((li) => {
      let depth = -1;
      for (let el: Element | null = li; el; el = el.parentElement) if (el.matches('ol, ul')) depth += 1;
      return `${depth}:${getComputedStyle(li.parentElement!).listStyleType}:${li.textContent}`;
    }),
  );

/** Closes the harness's open report and opens it again from its file, in a new page. */
async function reopen(): Promise<Page> {
  const { harness } = e2e.fixture;
  const { path } = (await callHarness(harness, 'report.current', {}))!;
  await callHarness(harness, 'report.close', {});
  const { page } = await openReport(e2e, path);
  await page.locator('.report-content').waitFor();
  return page;
}

describe('report editor in Chromium', () => {
  test('a case with two photos in a row, a table, numbering that follows a section move, and a reload', async () => {
    const { page, errors } = await newReport(e2e, {
      organisation: '木垒县职业技术学校',
      viewport: { width: 1360, height: 900 },
    });
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '学校概况。');

    // A case: title and body typed through the IME, then two photos side by side.
    await page.getByTitle('插入案例 (Ctrl+Alt+C)').click();
    await typeWithIme(page, '产教融合育人');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '学校与企业共建实训基地。');
    await page.keyboard.press('Enter');
    await choosePhotos(page, '插入并排图片', [
      await photo('实训.jpg', 40, 90, 160),
      await photo('比赛.jpg', 160, 60, 40),
    ]);
    await expect.poll(() => page.locator('.rp-figure-row .rp-photo img').count(), { timeout: 15_000 }).toBe(2);
    await page.locator('.rp-figure-caption').nth(0).click();
    await typeWithIme(page, '实训现场');
    await page.locator('.rp-figure-caption').nth(1).click();
    await typeWithIme(page, '技能比赛');

    // Leave the case (Enter on its empty last paragraph), start a chapter with a table and a photo.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '人才培养质量');
    await page.keyboard.press('Enter');
    await page.getByTitle('插入表格').click();
    await typeWithIme(page, '学校一览');
    await page.locator('.rp-td').first().click();
    await typeWithIme(page, '学校');
    await page.keyboard.press('Control+End');
    await choosePhotos(page, '插入图片', [await photo('校园.jpg', 30, 140, 60)]);
    await expect.poll(() => page.locator('.rp-photo img').count(), { timeout: 15_000 }).toBe(3);
    await page.locator('.rp-figure-caption').nth(2).click();
    await typeWithIme(page, '校园一角');

    await expect.poll(() => labels(page, '.rp-case-title')).toEqual(['【案例1】 产教融合育人']);
    await expect
      .poll(() => labels(page, '.rp-figure-caption'))
      .toEqual(['图1 实训现场', '图2 技能比赛', '图3 校园一角']);
    expect(await labels(page, '.rp-table-caption')).toEqual(['表1 学校一览']);
    expect(await labels(page, 'h1')).toEqual(['1 基本情况', '2 人才培养质量']);
    expect(await page.getByTestId('block-counts').textContent()).toBe('案例 1 · 图 3');

    // Drag the second chapter above the first in 导航: everything renumbers.
    const nav = page.locator('.nav-pane');
    await nav.getByText('人才培养质量').dragTo(nav.getByText('基本情况'));
    await expect.poll(() => labels(page, 'h1')).toEqual(['1 人才培养质量', '2 基本情况']);
    expect(await labels(page, '.rp-figure-caption')).toEqual(['图1 校园一角', '图2 实训现场', '图3 技能比赛']);
    expect(await nav.locator('li button').allTextContents()).toEqual([
      '1人才培养质量',
      '表1学校一览',
      '图1校园一角',
      '2基本情况',
      '【案例1】产教融合育人',
      '图2实训现场',
      '图3技能比赛',
    ]);

    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await expect.poll(() => labels(page, 'h1')).toEqual(['1 人才培养质量', '2 基本情况']);
    expect(await labels(page, '.rp-figure-caption')).toEqual(['图1 校园一角', '图2 实训现场', '图3 技能比赛']);
    expect(await labels(page, '.rp-case-title')).toEqual(['【案例1】 产教融合育人']);
    expect(await labels(page, '.rp-table-caption')).toEqual(['表1 学校一览']);
    // The photos come back from the report file, not from the browser's memory.
    await expect.poll(() => photosShown(page), { timeout: 15_000 }).toEqual([true, true, true]);
    expect(errors).toEqual([]);
  });
});

describe('writing comfort', () => {
  test('paste from Word keeps headings, bold, lists and tables and drops foreign fonts and colours', async () => {
    const { page } = await newReport(e2e);
    // Word keeps the pictures of copied text in temporary files and points at them.
    const clip = join(mkdtempSync(join(tmpdir(), 'msohtmlclip-')), 'clip_image002.jpg');
    writeFileSync(clip, (await photo('clip.jpg', 90, 60, 30)).buffer);
    const wordHtml = `<html><body>
      <h1 style="font-family:宋体;color:#ff0000">办学基础</h1>
      <p class="MsoNormal" style="font-family:'Times New Roman';font-size:22pt;color:blue"><b>在校生</b>6531人。</p>
      <p>从 PDF 复制的⽂字：第⼀批</p>
      <ul><li>专业建设</li><li>师资队伍</li></ul>
      <table><tr><td>学校</td><td>人数</td></tr><tr><td>奇台职校</td><td>900</td></tr></table>
      <p>活动现场：<img src="data:image/png;base64,${(
        await sharp({ create: { width: 300, height: 200, channels: 3, background: '#2a6' } })
          .png()
          .toBuffer()
      ).toString('base64')}" alt="活动"></p>
      <p><img src="${pathToFileURL(clip).href}"></p>
      <p><img src="https://example.com/unreachable.jpg"></p>
    </body></html>`;
    await pasteHtml(page, wordHtml, '办学基础');
    await expect.poll(() => page.locator('.report-content h1').textContent()).toBe('办学基础');
    expect(await page.locator('.report-content strong, .report-content .rp-bold').first().textContent()).toBe('在校生');
    expect(await page.locator('.report-content li').allTextContents()).toEqual(['专业建设', '师资队伍']);
    expect(await page.locator('.report-content td, .report-content th').allTextContents()).toEqual([
      '学校',
      '人数',
      '奇台职校',
      '900',
    ]);
    // Pictures carried in the clipboard or left in Word's temporary files are stored in the
    // report; one on the web, which the offline app cannot reach, stays a placeholder.
    await expect.poll(() => page.locator('.rp-figure').count()).toBe(3);
    await expect.poll(() => page.locator('.rp-photo img').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => page.locator('.rp-photo-missing').count()).toBe(1);
    expect(await page.locator('.report-content p').filter({ hasText: '活动现场：' }).count()).toBe(1);
    // The Kangxi radicals a PDF copy brings (⽂, ⼀) are the characters they look like.
    expect(await page.locator('.report-content p').filter({ hasText: '从 PDF 复制的文字：第一批' }).count()).toBe(1);
    // No pasted font, size or colour survives anywhere in the text.
    expect(await page.locator('.report-content [style*="font"], .report-content [style*="color"]').count()).toBe(0);

    // Table commands appear in the toolbar while the caret is in a table.
    await page.locator('.report-content td, .report-content th').first().click();
    await page.getByRole('button', { name: '下方插入行' }).click();
    await expect.poll(() => page.locator('.report-content tr').count()).toBe(3);
    await page.getByRole('button', { name: '删除行' }).click();
    await expect.poll(() => page.locator('.report-content tr').count()).toBe(2);
  });

  test('text copied out of a PDF, hard-wrapped, arrives as its paragraphs; a few typed lines stay lines', async () => {
    const { page } = await newReport(e2e);
    const first = `${'学校坚持立德树人根本任务，把思想政治教育贯穿人才培养全过程，'.repeat(4)}学生满意度逐年提高。`;
    const second = `${'学校推进产教融合，与二十家企业签订合作协议，共建产业学院三个，'.repeat(4)}订单培养规模持续扩大。`;
    // A printed line holds 30 characters; the viewer ends each with a line break.
    const printed = [first, second].flatMap((p) => p.match(/.{1,30}/gu)!).join('\n');
    await pasteHtml(page, '', printed);
    await expect.poll(() => page.locator('.report-content p').allTextContents()).toEqual([first, second]);
    await page.keyboard.press('Enter');
    await pasteHtml(page, '', '第一行\n第二行');
    await expect.poll(() => page.locator('.report-content p').count()).toBe(4);
  });

  test('a list pasted from Word keeps its levels; a numbered heading loses its typed number', async () => {
    const { page } = await newReport(e2e);
    // As Word writes a multi-level list to the clipboard: paragraphs marked mso-list, the marker in a
    // span to ignore ("1.2." for a legal-style level, "l" for a Wingdings bullet).
    const item = (list: string, level: number, marker: string, text: string) =>
      `<p class=MsoListParagraph style='margin-left:${18 * level}pt;text-indent:-18pt;` +
      `mso-list:${list} level${level} lfo1'>` +
      `<![if !supportLists]><span lang=EN-US style='font-family:${marker === '·' ? 'Symbol' : '宋体'}'>` +
      `<span style='mso-list:Ignore'>${marker}` +
      `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` +
      `<span style='font-family:仿宋;color:red'>${text}</span></p>`;
    const wordHtml =
      `<html><body><div class=WordSection1>
      <h2 style='mso-list:l2 level2 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>1.1` +
      `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>专业建设</h2>
      <p class=MsoNormal>学校重点做了三件事：</p>
      ${item('l0', 1, '1.', '完善专业设置')}
      ${item('l0', 2, '（1）', '新增专业3个')}
      ${item('l0', 2, '1.2.', '撤并专业2个')}
      ${item('l0', 1, '2.', '深化产教融合')}
      <p class=MsoNormal>另有两点：</p>
      ${item('l1', 1, 'l', '师资队伍')}
      ${item('l1', 1, '·', '校园文化')}
    </div></body></html>`;
    await pasteHtml(page, wordHtml, '学校重点做了三件事：');
    await expect
      .poll(() => listItems(page))
      .toEqual([
        '0:decimal:完善专业设置',
        '1:rp-paren:新增专业3个',
        '1:rp-paren:撤并专业2个',
        '0:decimal:深化产教融合',
        '0:disc:师资队伍',
        '0:disc:校园文化',
      ]);
    expect(await page.locator('.report-content > ol, .report-content > ul').count()).toBe(2);
    // A heading numbered by Word's multi-level list keeps its text; the report gives the number.
    expect(await page.locator('.report-content h2').allTextContents()).toEqual(['专业建设']);
    expect(await page.locator('.report-content p').allTextContents()).toEqual(['学校重点做了三件事：', '另有两点：']);
    expect(await page.locator('.report-content [style*="font"], .report-content [style*="color"]').count()).toBe(0);
  });

  test('a paste nested 32 lists and 70 quotes deep is flattened, and saved with what is typed after it', async () => {
    // Regression: such a paste made every later autosave fail ("nested deeper than 64").
    const { page } = await newReport(e2e);
    const levels = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const nested = (n: number, open: string, close: string, text: string) =>
      levels(n)
        .map((i) => `${open}${text}第${i}层`)
        .join('') + close.repeat(n);
    const lists = nested(32, '<ul><li>', '</li></ul>', '列表');
    const quotes = nested(70, '<blockquote>', '</blockquote>', '引用');
    await pasteHtml(
      page,
      `<html><body>${lists}${quotes}${nested(40, '<div>', '</div>', '方块')}</body></html>`,
      '列表第1层',
    );
    const listed = levels(32).map((i) => `${Math.min(i - 1, 2)}:列表第${i}层`);
    await expect
      .poll(async () => (await listItems(page)).map((item) => item.replace(/:[^:]*:/, ':')), { timeout: 10_000 })
      .toEqual(listed);
    expect(await page.locator('.report-content blockquote').count()).toBe(0);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '粘贴之后输入的文字');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('已保存');

    const again = await reopen();
    const paragraphs = await again.locator('.report-content p').allTextContents();
    const pasted = [...levels(70).map((i) => `引用第${i}层`), ...levels(40).map((i) => `方块第${i}层`)];
    expect(paragraphs).toEqual([...pasted, '粘贴之后输入的文字']);
    expect((await listItems(again)).map((item) => item.replace(/:[^:]*:/, ':'))).toEqual(listed);
  });

  test('a save refused as nested too deep (tables in tables) says so, flattens it into paragraphs, saves', async () => {
    const { page } = await newReport(e2e);
    const cellTexts = Array.from({ length: 25 }, (_, i) => `第${i + 1}格`);
    const tables = cellTexts.map((t) => `<table><tr><td><p>${t}</p>`).join('') + '</td></tr></table>'.repeat(25);
    await pasteHtml(page, `<html><body>${tables}</body></html>`, '第1格');
    const notice = () => page.locator('.error-banner span').allTextContents();
    await expect.poll(notice, { timeout: 15_000 }).toEqual([zh.editor.nestingFlattened]);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toBe('已保存');
    const paragraphs = await (await reopen()).locator('.report-content p').allTextContents();
    expect(paragraphs).toEqual(expect.arrayContaining(cellTexts));
  });

  test('find and replace across the report with a count (Ctrl+F, Ctrl+H)', async () => {
    const { page } = await newReport(e2e);
    await typeWithIme(page, '职业学校培训学员，学校开展培训。');
    await page.keyboard.press('Enter');
    await page.getByTitle('插入案例 (Ctrl+Alt+C)').click();
    await typeWithIme(page, '学校案例');
    await page.keyboard.press('Control+f');
    await page.getByLabel('查找', { exact: true }).fill('学校');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('第 1 / 3 个');
    await page.keyboard.press('Control+h');
    await page.getByLabel('替换为').fill('院校');
    await page.getByRole('button', { name: '全部替换' }).click();
    await expect
      .poll(() => page.locator('.report-content').textContent())
      .toContain('职业院校培训学员，院校开展培训。');
    expect(await page.locator('.rp-case-title').textContent()).toBe('院校案例');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('无结果');
  });
});

test('text before the first heading is marked 前言 in the page, as it prints; empty lines are not', async () => {
  const { page } = await newReport(e2e);
  await typeWithIme(page, '本报告依据有关文件编制。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+1');
  await typeWithIme(page, '基本情况');
  const marked = () => page.locator('.report-content [data-preface]').allTextContents();
  await expect.poll(marked).toEqual(['本报告依据有关文件编制。']);
  expect(
    await page.locator('.report-content [data-preface]').evaluate((e) => getComputedStyle(e, '::before').content),
  ).toContain('前言');
  // Emptied, the line makes no 前言 page in print, and the mark goes.
  await page.keyboard.press('Control+Home');
  await caretIn(page, '本报告依据有关文件编制。');
  for (let i = 0; i < '本报告依据有关文件编制。'.length; i += 1) await page.keyboard.press('Delete');
  await expect.poll(marked).toEqual([]);
});

test('report settings switch headings to 一、/（一）, chapters to 第一部分, figures and cases per chapter, live', async () => {
  const { page } = await newReport(e2e);
  for (const [keys, text] of [
    ['Control+Alt+1', '基本情况'],
    ['Control+Alt+2', '规模和结构'],
    ['Control+Alt+1', '人才培养'],
  ] as const) {
    await page.keyboard.press(keys);
    await typeWithIme(page, text);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Control+Alt+C');
  await typeWithIme(page, '校企合作');
  await page.keyboard.press('Control+Enter');
  await choosePhotos(page, '插入图片', [await photo('a.jpg', 10, 20, 30)]);
  await expect.poll(() => labels(page, ':is(h1, h2)')).toEqual(['1 基本情况', '1.1 规模和结构', '2 人才培养']);
  await expect.poll(() => labels(page, '.rp-figure-caption'), { timeout: 15_000 }).toEqual(['图1 ']);
  expect(await labels(page, '.rp-case-title')).toEqual(['【案例1】 校企合作']);

  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '报告设置…' }).click();
  await page.getByLabel('一、/（一）/ 1. /（1）').check();
  await page.getByLabel('按章编号（图2-3）').check();
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect.poll(() => labels(page, ':is(h1, h2)')).toEqual(['一、 基本情况', '（一） 规模和结构', '二、 人才培养']);
  expect(await labels(page, '.rp-figure-caption')).toEqual(['图2-1 ']);
  // Cases keep counting through the report until their own setting says otherwise.
  expect(await labels(page, '.rp-case-title')).toEqual(['【案例1】 校企合作']);
  // As the PDF prints them: 一、 runs straight into the text, 第一部分 takes a space.
  const drawn = () =>
    page
      .locator('.report-content :is(h1, h2)')
      .evaluateAll((hs) => hs.map((h) => getComputedStyle(h, '::before').content));
  expect(await drawn()).toEqual(['"一、"', '"（一）"', '"二、"']);

  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '报告设置…' }).click();
  await page.getByLabel('第一部分').check();
  await page.getByLabel('按章编号（【案例2-1】）').check();
  await expect
    .poll(() => page.locator('.numbering-preview').textContent())
    .toBe('各级标题：第一部分 / 一、 / （一） / 1.');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect
    .poll(() => labels(page, ':is(h1, h2)'))
    .toEqual(['第一部分 基本情况', '一、 规模和结构', '第二部分 人才培养']);
  expect(await drawn()).toEqual(['"第一部分 "', '"一、"', '"第二部分 "']);
  expect(await labels(page, '.rp-case-title')).toEqual(['【案例2-1】 校企合作']);
  // The setting is the report's: it survives a reload.
  await page.reload();
  await expect.poll(() => labels(page, 'h1')).toEqual(['第一部分 基本情况', '第二部分 人才培养']);
});

test('Tab and Shift+Tab move a list item a level down and up, numbered 1. → （1） → ① as in the PDF', async () => {
  const { page } = await newReport(e2e);
  await page.getByRole('button', { name: '编号列表' }).click();
  for (const [i, text] of ['专业设置', '新增专业', '撤并理由', '师资队伍'].entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await typeWithIme(page, text);
    if (i === 1 || i === 2) await page.keyboard.press('Tab');
  }
  // Three levels deep at most: a fourth would be numbered like the first.
  await page.keyboard.press('ArrowUp');
  await caretIn(page, '撤并理由');
  await page.keyboard.press('Tab');
  const levels = () => listItems(page);
  await expect
    .poll(levels)
    .toEqual(['0:decimal:专业设置', '1:rp-paren:新增专业', '2:rp-circled:撤并理由', '2:rp-circled:师资队伍']);
  await page.keyboard.press('ArrowDown');
  await caretIn(page, '师资队伍');
  await page.keyboard.press('Shift+Tab');
  await expect
    .poll(levels)
    .toEqual(['0:decimal:专业设置', '1:rp-paren:新增专业', '2:rp-circled:撤并理由', '1:rp-paren:师资队伍']);
  await page.keyboard.press('Shift+Tab');
  await expect
    .poll(levels)
    .toEqual(['0:decimal:专业设置', '1:rp-paren:新增专业', '2:rp-circled:撤并理由', '0:decimal:师资队伍']);
});

test('a pasted screenshot becomes a figure; deleting it and pressing Ctrl+Z brings the photo back', async () => {
  const { page } = await newReport(e2e);
  await typeWithIme(page, '截图如下');
  await page.keyboard.press('Enter');
  // A screenshot on the clipboard arrives as an image file, as from QQ or WeChat.
  await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#3a7bd5';
    ctx.fillRect(0, 0, 640, 360);
    ctx.fillStyle = '#fff';
    ctx.fillRect(40, 40, 300, 120);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], 'screenshot.png', { type: 'image/png' }));
    document
      .querySelector('.report-content')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const img = page.locator('.rp-photo img');
  await expect.poll(() => img.count(), { timeout: 15_000 }).toBe(1);
  const src = await img.getAttribute('src');
  expect(src).toMatch(/^report-assets\/[0-9a-f]{64}\?thumb=1$/);

  await img.hover();
  await page.getByRole('button', { name: '删除图片' }).click();
  await expect.poll(() => page.locator('.rp-figure').count()).toBe(0);
  await page.locator('.report-content p').first().click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('.rp-photo img').getAttribute('src')).toBe(src);
  await expect.poll(() => photosShown(page), { timeout: 15_000 }).toEqual([true]);
});

test('closing the window right after typing holds the close until the text is saved', async () => {
  const { page } = await newReport(e2e, { click: false });
  const path = await page.evaluate(async () => {
    const token =
      new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('nianbao-token') ?? '';
    const res = await fetch('/api/report.current', {
      method: 'POST',
      headers: { 'x-nianbao-token': token },
      body: '{}',
    });
    return ((await res.json()) as { value: { path: string } }).value.path;
  });
  await page.locator('.report-content').click();
  await typeWithIme(page, '第一句话。');
  await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
  await typeWithIme(page, '最后一句话');
  // Leave at once, well inside the autosave delay: the page must hold on, not drop the text.
  // (A browser's leave dialog freezes the page's scripts, so the save must already be on its
  // way when the dialog opens; in Electron the close is held without a dialog.)
  const dialog = page.waitForEvent('dialog');
  const leaving = page.goto('about:blank').catch(() => null);
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  const { ReportFile } = await import('../../electron/store/report-file');
  await expect
    .poll(
      async () => {
        const file = await ReportFile.open(path, { readOnly: true });
        const text = JSON.stringify(file.document?.json);
        file.close();
        return text.includes('最后一句话');
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  await asked.accept();
  await leaving;
});

test('dropping two photos from the file manager makes a row of two figures', async () => {
  const { page } = await newReport(e2e);
  await typeWithIme(page, '活动照片');
  // A landscape and a portrait photo: the row shows them as print does, at one height.
  const [a, b] = [await photo('甲.jpg', 200, 40, 40), await photo('乙.jpg', 40, 40, 200, 800, 1200)];
  await page.evaluate(
    ([first, second]) => {
      const data = new DataTransfer();
      for (const [name, base64] of [first, second] as [string, string][]) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], name, { type: 'image/jpeg' }));
      }
      const target = document.querySelector('.report-content p')!;
      const box = target.getBoundingClientRect();
      target.dispatchEvent(
        new DragEvent('drop', {
          dataTransfer: data,
          bubbles: true,
          cancelable: true,
          clientX: box.right - 2,
          clientY: box.top + 5,
        }),
      );
    },
    [
      [a.name, a.buffer.toString('base64')],
      [b.name, b.buffer.toString('base64')],
    ],
  );
  await expect.poll(() => page.locator('.rp-figure-row .rp-photo img').count(), { timeout: 15_000 }).toBe(2);
  expect(await labels(page, '.rp-figure-caption')).toEqual(['图1 ', '图2 ']);
  const [landscape, portrait] = await page
    .locator('.rp-figure-row .rp-photo img')
    .evaluateAll((imgs) => imgs.map((img) => img.getBoundingClientRect()));
  expect(landscape!.height).toBeCloseTo(portrait!.height, 0);
  expect(landscape!.width / portrait!.width).toBeCloseTo(1200 / 800 / (800 / 1200), 1);
  const column = (await page.locator('.report-content').boundingBox())!;
  expect(portrait!.right - landscape!.left).toBeLessThanOrEqual(column.width + 1);
});
