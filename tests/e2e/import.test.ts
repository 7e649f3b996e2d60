import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { importToNewReport } from '../../electron/import/import-to-report';
import { syntheticReport, writeSyntheticReport } from '../fixtures/synthetic-report';
import { openInHarness, useHarnessAndBrowser } from '../helpers/browser';
import { type OpenedPage, openReport, photosShown, startScreen } from '../helpers/editor-page';
import { samplePhoto, schoolCasesDocx } from '../import/docx-fixture';

const e2e = useHarnessAndBrowser();
/** A report in the seed's shape, its headings typed 1./1.1/1.1.1 as the seed's are. */
const report = syntheticReport('decimal');
const perLevel = [1, 2, 3].map((l) => report.outline.headings.filter((h) => h.level === l).length);
/**
 * Set NIANBAO_SCREENSHOTS=dir to keep the screenshots this test takes (docs/screenshots/import.png comes from here).
 */
const screenshots = process.env.NIANBAO_SCREENSHOTS;
const viewport = { width: 1360, height: 900 };

/** A school's short Word file: one paragraph, then a photo with its caption below it. */
async function schoolDocx(path: string): Promise<void> {
  const photo = await samplePhoto(7, 800, 600);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('学校组织学生走进企业开展岗位认知实习。'),
          new Paragraph({
            children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 320, height: 240 } })],
          }),
          new Paragraph('图1 学生在企业车间实习'),
        ],
      },
    ],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

async function importThrough(page: Page, menuItem: string, path: string, submit: string): Promise<void> {
  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: menuItem }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[name="import-path"]').fill(path);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await expect.poll(() => dialog.locator('.import-report').count(), { timeout: 30_000 }).toBe(1);
}

/** The Word file at `docx` imported into a new report, which a fresh page then shows, as 文件 → 导入 leaves it. */
async function openImported(docx: string): Promise<OpenedPage> {
  const path = docx.replace(/\.docx$/, '.nianbao');
  (await importToNewReport(docx, path, {})).file.close();
  return openReport(e2e, path, viewport);
}

const captions = (page: Page) =>
  page
    .locator('.report-content .rp-figure-caption')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-label')} ${e.textContent}`));

describe('import in Chromium', () => {
  test('文件 → 导入 a report’s text, jump to a note, then 插入文件 a Word file with a photo at the cursor', async () => {
    const { page, errors } = await startScreen(e2e, viewport);
    await importThrough(page, '导入…', writeSyntheticReport(e2e.fixture.home, 'decimal'), '导入');
    const dialog = page.getByRole('dialog');
    const counts = [
      ...perLevel.map((n, l) => `${l + 1} 级标题 ${n} 个`),
      '案例 24 个',
      '图 53 幅（有照片 0 幅）',
      '表格 0 个',
    ];
    await expect.poll(() => dialog.locator('.import-counts li').allTextContents(), { timeout: 15_000 }).toEqual(counts);
    // The new report is numbered as the source was, and the dialog says where to change that.
    expect(await dialog.locator('.import-numbering').textContent()).toBe(
      '新报告的编号：标题 1 / 1.1 / 1.1.1 / 1.1.1.1；图 全文连续（图1）；案例 全文连续（【案例1】）。原文有编号的，沿用原文的方式；可在“报告设置”中更改。',
    );
    const duplicate = dialog.locator('.import-notes li[data-kind="heading-number-duplicate"]');
    const repeatedNumber = report.repeatedHeadingLine.split(' ')[0]!;
    expect(await duplicate.allTextContents()).toEqual([expect.stringContaining(`${repeatedNumber} 重复使用`)]);
    // The new report is open behind the dialog: 9 chapters in 导航, 24 cases on the page.
    const nav = page.locator('.nav-pane');
    await expect.poll(() => nav.locator('li.nav-l1').count(), { timeout: 15_000 }).toBe(9);
    expect(await page.locator('.report-content .rp-case').count()).toBe(24);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'import-dialog.png') });
    // The 53 captions without photos say the same: one line, opened to list them.
    const photoless = dialog.locator('.import-note-group[data-kind="caption-without-photo"]');
    expect(await photoless.locator('summary').textContent()).toBe(
      '图题没有对应的照片，已留出占位图（53 处，点开逐条查看）',
    );
    await photoless.locator('summary').click();
    await expect.poll(() => photoless.locator('li button:visible').count()).toBe(53);
    await photoless.locator('summary').click();

    // A note jumps to the block it quotes once the dialog has closed: the heading typed with the number before.
    await duplicate.getByRole('button').click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
    const repeatedTitle = report.repeatedHeadingLine.slice(repeatedNumber.length + 1);
    const caretHeading = () =>
      page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h2')?.textContent ?? null);
    await expect.poll(caretHeading, { timeout: 10_000 }).toBe(repeatedTitle);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'import-editor.png') });

    // 体检 shows the notes until dismissed; those saying the same fold into one line, with 全部忽略.
    const badge = page.locator('.check-badge');
    await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toMatch(/^体检 \d+$/);
    await badge.click();
    const panel = page.getByRole('complementary', { name: '体检' });
    const fold = (message: string) =>
      panel.locator('.check-fold', { has: page.locator('summary', { hasText: message }) });
    await expect
      .poll(() => fold('图片缺少照片').locator('.check-count').textContent(), { timeout: 15_000 })
      .toBe('53 处');
    const rejoined = report.pageBreaks.length;
    expect(await fold('段落在句中断开，已与下一段合并').locator('.check-count').textContent()).toBe(`${rejoined} 处`);
    expect(await panel.locator('.check-item:visible').count()).toBeLessThan(rejoined);
    await fold('图片缺少照片').locator('summary').click();
    await expect.poll(() => fold('图片缺少照片').locator('.check-item:visible').count()).toBe(53);
    const findings = Number((await badge.textContent())!.replace('体检 ', ''));
    await fold('段落在句中断开，已与下一段合并').getByRole('button', { name: '全部忽略' }).click();
    await expect.poll(() => badge.textContent()).toBe(`体检 ${findings - rejoined}`);
    expect(await fold('段落在句中断开，已与下一段合并').count()).toBe(0);
    // The open group stays open as the checks run again.
    expect(await fold('图片缺少照片').locator('details').getAttribute('open')).toBe('');
    await panel.getByRole('button', { name: '关闭' }).click();

    // 插入文件: the caret at the end of the first paragraph of 1.1, before the report's 图1.
    const before = await captions(page);
    expect(before[0]).toBe(`图1 ${report.outline.figures[0]}`);
    const firstBody = page.locator(`.report-content h2:has-text("${report.outline.headings[1]!.text}") + p`);
    await firstBody.click();
    await firstBody.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    const paragraphText = await firstBody.textContent();
    const docx = join(e2e.fixture.home, '学校案例.docx');
    await schoolDocx(docx);
    await importThrough(page, '插入文件…', docx, '插入');
    await expect
      .poll(() => page.getByRole('dialog').locator('.import-counts li').allTextContents(), { timeout: 15_000 })
      .toContain('图 1 幅（有照片 1 幅）');
    // Inserted blocks take the open report's numbering: no line about the source's.
    expect(await page.getByRole('dialog').locator('.import-numbering').count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

    await expect.poll(() => captions(page), { timeout: 15_000 }).toHaveLength(54);
    const after = await captions(page);
    const [first, second] = report.outline.figures;
    expect(after.slice(0, 3)).toEqual(['图1 学生在企业车间实习', `图2 ${first}`, `图3 ${second}`]);
    expect(after[53]).toBe(before[52]!.replace(/^图53/, '图54'));
    // Right after the paragraph the caret was in (left whole), with its photo from the report file.
    expect(await firstBody.textContent()).toBe(paragraphText);
    expect(await firstBody.evaluate((p) => p.nextElementSibling?.textContent)).toBe(
      '学校组织学生走进企业开展岗位认知实习。',
    );
    expect(
      await firstBody.evaluate((p) =>
        p.nextElementSibling?.nextElementSibling?.querySelector('.rp-figure-caption')?.getAttribute('data-label'),
      ),
    ).toBe('图1');
    await expect.poll(() => photosShown(page), { timeout: 15_000 }).toEqual([true]);
    expect(await page.locator('.report-content .rp-case').count()).toBe(24);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'import-inserted.png') });
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    // Dismissed with 全部忽略, the rejoined paragraphs stay dismissed in the saved report.
    await page.reload();
    await page.locator('.check-badge').click();
    await expect
      .poll(() => page.getByRole('complementary', { name: '体检' }).locator('.check-fold summary').allTextContents(), {
        timeout: 15_000,
      })
      .toEqual([expect.stringContaining('图片缺少照片')]);
    expect(errors).toEqual([]);
  });

  test('粘贴文字 of hard-wrapped PDF text with a page number: headings, a case and a caption at the cursor', async () => {
    const docx = join(e2e.fixture.home, '空白.docx');
    writeFileSync(
      docx,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('已有的一段正文。')] }] })),
    );
    const { page, errors } = await openImported(docx);
    await page.locator('.report-content p', { hasText: '已有的一段正文。' }).click();
    await page.keyboard.press('End');

    // Lines as a PDF viewer copies them: each printed line ends in a line break.
    const wrapped = [
      '一、学生发展',
      '（一）在校体验',
      '学校坚持立德树人，把思想政治教育贯穿人才培养全过程，学生',
      '在真实岗位中学习，企业导师全程参与教学与评价，实习满意度',
      '- 3 -',
      '逐年提高。',
      '【案例1】校企合作育人',
      '学校组织学生走进企业开展岗位认知实习。',
      '图1 学生在企业车间实习',
    ].join('\n');
    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '粘贴文字…' }).click();
    const dialog = page.getByRole('dialog', { name: '粘贴文字' });
    await dialog.locator('textarea[name="import-text"]').fill(wrapped);
    await dialog.getByRole('button', { name: '插入', exact: true }).click();
    await expect
      .poll(() => dialog.locator('.import-counts li').allTextContents(), { timeout: 15_000 })
      .toEqual(['1 级标题 1 个', '2 级标题 1 个', '案例 1 个', '图 1 幅（有照片 0 幅）', '表格 0 个']);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'import-paste.png') });
    await dialog.getByRole('button', { name: '关闭' }).click();

    const content = page.locator('.report-content');
    expect(await content.locator('h1').allTextContents()).toEqual(['学生发展']);
    expect(await content.locator('p').allTextContents()).toContain(
      '学校坚持立德树人，把思想政治教育贯穿人才培养全过程，学生在真实岗位中学习，企业导师全程参与教学与评价，实习满意度逐年提高。',
    );
    expect(await content.locator('.rp-case').count()).toBe(1);
    expect(await captions(page)).toEqual(['图1 学生在企业车间实习']);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    expect(errors).toEqual([]);
  });

  test('粘贴文字 and 插入文件 can put the source’s headings a level or two down, under a chapter of this report', async () => {
    const docx = join(e2e.fixture.home, '州报告.docx');
    writeFileSync(
      docx,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph({ text: '各校案例', heading: HeadingLevel.HEADING_1 }),
                new Paragraph('以下为各校报送的内容。'),
              ],
            },
          ],
        }),
      ),
    );
    const { page, errors } = await openImported(docx);
    await page.locator('.report-content p', { hasText: '以下为各校报送的内容。' }).click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '粘贴文字…' }).click();
    const dialog = page.getByRole('dialog', { name: '粘贴文字' });
    await dialog.locator('select[name="import-demote"]').selectOption({ label: '降一级（原一级标题作为二级标题）' });
    await dialog.locator('textarea[name="import-text"]').fill('一、木垒县职业中专\n（一）专业建设\n学校新增专业3个。');
    await dialog.getByRole('button', { name: '插入', exact: true }).click();
    await expect.poll(() => dialog.locator('.import-counts li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: '关闭' }).click();
    const headings = () =>
      page
        .locator('.report-content :is(h1, h2, h3, h4)')
        .evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.getAttribute('data-label')} ${h.textContent}`));
    await expect.poll(headings).toEqual(['H1 1 各校案例', 'H2 1.1 木垒县职业中专', 'H3 1.1.1 专业建设']);
    expect(errors).toEqual([]);
  });

  test('插入文件 of some cases: those listed, the ticked one goes in with its photo and only its notes', async () => {
    const base = join(e2e.fixture.home, '州报告-案例.docx');
    writeFileSync(
      base,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph({ text: '典型案例', heading: HeadingLevel.HEADING_1 }),
                new Paragraph('以下为各校报送的典型案例。'),
              ],
            },
          ],
        }),
      ),
    );
    // A school's report: three cases with a photo each; the second labelled 案例2： (a note on it), a chapter number used
    // twice (a note elsewhere).
    const school = join(e2e.fixture.home, '学校年报.docx');
    writeFileSync(school, await schoolCasesDocx());
    const { page, errors } = await openImported(base);
    await page.locator('.report-content p', { hasText: '以下为各校报送的典型案例。' }).click();
    await page.keyboard.press('End');

    const insertCases = async () => {
      await page.getByRole('button', { name: '文件' }).click();
      await page.getByRole('menuitem', { name: '插入文件…' }).click();
      const dialog = page.getByRole('dialog', { name: '插入文件' });
      await dialog.locator('input[name="import-path"]').fill(school);
      await dialog.getByLabel('只插入其中的部分案例（读取文件后勾选）').check();
      await dialog.getByRole('button', { name: '插入', exact: true }).click();
      await expect
        .poll(() => dialog.locator('.import-pick li').allTextContents(), { timeout: 15_000 })
        .toEqual(['产教融合育人', '技能大赛引领', '劳动教育']);
      return dialog;
    };
    // Not inserting leaves the report as it was, its notes too.
    let dialog = await insertCases();
    await dialog.getByRole('button', { name: '不插入' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('.report-content .rp-case').count()).toBe(0);

    dialog = await insertCases();
    await expect.poll(() => dialog.getByRole('button', { name: /^插入所选/ }).isDisabled()).toBe(true);
    await dialog.getByLabel('技能大赛引领').check();
    await dialog.getByRole('button', { name: '插入所选的 1 个案例' }).click();
    await expect
      .poll(() => dialog.locator('.import-counts li').allTextContents(), { timeout: 15_000 })
      .toEqual(['案例 1 个', '图 1 幅（有照片 1 幅）', '表格 0 个']);
    expect(
      await dialog.locator('.import-notes li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind'))),
    ).toEqual(['case-label-non-standard']);
    await dialog.getByRole('button', { name: '关闭' }).click();

    const cases = page.locator('.report-content .rp-case');
    await expect.poll(() => cases.count()).toBe(1);
    expect(await cases.locator('.rp-case-title').textContent()).toBe('技能大赛引领');
    await expect.poll(() => photosShown(cases), { timeout: 15_000 }).toEqual([true]);
    // 体检 keeps the note on the inserted case, not the one on the chapter left out; so after a reload.
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await page.locator('.check-badge').click();
    const panel = page.getByRole('complementary', { name: '体检' });
    await expect
      .poll(() => panel.locator('.check-message').allTextContents(), { timeout: 15_000 })
      .toContain('案例标注“案例2”不规范，已统一为【案例N】');
    expect((await panel.locator('.check-message').allTextContents()).filter((m) => m.includes('原文标题编号'))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
  });

  test('an import that takes a while says how many of its photos are in', async () => {
    const { page, errors } = await startScreen(e2e, viewport);
    // The import is held back, and the services report it halfway through its photos.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/import.file', async (route) => {
      await held;
      await route.continue();
    });
    await page.route('**/api/import.progress', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { photosDone: 3, photosTotal: 10 } }),
      }),
    );
    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '导入…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="import-path"]').fill(writeSyntheticReport(e2e.fixture.home));
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => dialog.getByRole('button', { name: /正在导入/ }).textContent()).toBe('正在导入… 照片 3/10');
    release();
    await expect.poll(() => dialog.locator('.import-report').count(), { timeout: 30_000 }).toBe(1);
    expect(errors).toEqual([]);
  });

  test('the status bar says while an import’s photos are being sized for print, and stops when done', async () => {
    // No report is open on the start screen, so nothing asks for the count before it is replaced.
    const { page, errors } = await startScreen(e2e, viewport);
    // The services' count is replaced by one the test controls: the real sizing may finish before the page asks.
    let beingSized = 2;
    const asked: number[] = [];
    await page.route('**/api/assets.photosBeingSized', (route) => {
      asked.push(beingSized);
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { count: beingSized } }),
      });
    });
    // The page's clock, so "it stops asking" is shown by running its timers on, not by waiting.
    await page.clock.install();
    const docx = join(e2e.fixture.home, '照片待整理.docx');
    await schoolDocx(docx);
    await importThrough(page, '导入…', docx, '导入');
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    const label = page.getByTestId('photos-being-sized');
    await expect.poll(() => label.textContent()).toBe('照片整理中，还剩 2 张');
    expect(await label.getAttribute('title')).toContain('导出会等它完成');
    if (screenshots) await page.screenshot({ path: join(screenshots, 'photos-being-sized.png') });
    // A request the page sends after its timers ran arrives after any they sent.
    await page.route('**/after-timers', (route) => route.fulfill({ body: '' }));
    const timersRunFor = async (ms: number) => {
      await page.clock.runFor(ms);
      await page.evaluate(() => fetch('/after-timers'));
    };
    // While photos are left it asks again each second…
    const whileLeft = asked.length;
    await timersRunFor(1_500);
    expect(asked.length).toBeGreaterThan(whileLeft);
    beingSized = 0;
    await timersRunFor(1_500);
    await expect.poll(() => label.count(), { timeout: 5_000 }).toBe(0);
    // …and once none is left it stops: a minute of its timers brings no call.
    const calls = asked.length;
    await timersRunFor(60_000);
    expect(asked.length).toBe(calls);
    expect(errors).toEqual([]);
  });

  test('photos waiting in a Word file moved away say so in their frames and in 体检; put back, they show', async () => {
    const docx = join(e2e.fixture.home, '原文件.docx');
    await schoolDocx(docx);
    const report = join(e2e.fixture.home, '照片待读入.nianbao');
    // Imported and closed at once, before its photos were read out of the Word file.
    (await importToNewReport(docx, report, {})).file.close();
    renameSync(docx, `${docx}.moved`);
    const { page, errors } = await openReport(e2e, report, viewport);
    const frame = page.locator('.report-content .rp-photo-missing[data-not-loaded]');
    await expect.poll(() => frame.count(), { timeout: 10_000 }).toBe(1);
    expect(await frame.textContent()).toContain('照片未能读入');
    await page.getByRole('button', { name: /体检/ }).click();
    await expect.poll(() => page.getByText(/张照片还没从导入的原文件读进报告/).count()).toBeGreaterThan(0);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'photos-left-in-source.png') });

    renameSync(`${docx}.moved`, docx);
    await openInHarness(e2e.fixture.harness, report);
    await page.reload();
    const photo = page.locator('.report-content .rp-photo img');
    await expect
      .poll(() => photo.evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth)), {
        timeout: 10_000,
      })
      .toEqual([640]);
    expect(await frame.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
