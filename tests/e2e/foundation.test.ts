import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeText } from '../../core/document/editor-json';
import { ReportFile } from '../../electron/store/report-file';
import { openInHarness, typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReport, openReport } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

describe('browser harness, end to end', () => {
  test('create a report, type Chinese through the IME, autosave, reload: text and heading survive', async () => {
    const { page, errors: pageErrors } = await newReport(e2e, {
      organisation: '昌吉州',
      year: '2025',
      radios: ['州/市'],
    });
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '全州共有中职学校6所，在校生6531人。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+2');
    await typeWithIme(page, '规模和结构');

    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    expect(await page.title()).toContain('已保存');
    expect(await page.title()).toContain('昌吉州职业教育质量年度报告（2025年）');
    await expect
      .poll(() => page.locator('.nav-pane li button').allTextContents())
      .toEqual(['1基本情况', '1.1规模和结构']);

    await page.reload();
    await expect.poll(() => page.locator('.report-content h1').textContent()).toBe('基本情况');
    expect(await page.locator('.report-content p').first().textContent()).toBe('全州共有中职学校6所，在校生6531人。');
    // Numbers are drawn from position, outside the editable text.
    await expect
      .poll(() =>
        page.locator('.report-content :is(h1, h2)').evaluateAll((hs) => hs.map((h) => h.getAttribute('data-label'))),
      )
      .toEqual(['1', '1.1']);
    expect(pageErrors).toEqual([]);

    // The file on disk holds what the user typed, as a heading and a paragraph.
    const file = await ReportFile.open(
      join(e2e.fixture.home, 'reports', '昌吉州职业教育质量年度报告（2025年）.nianbao'),
      { readOnly: true },
    );
    const blocks = file.document?.json.root.children ?? [];
    file.close();
    expect(blocks.map((b) => [b.type, b.tag ?? null, nodeText(b)])).toEqual([
      ['heading', 'h1', '基本情况'],
      ['paragraph', null, '全州共有中职学校6所，在校生6531人。'],
      ['heading', 'h2', '规模和结构'],
    ]);
  });
});

describe('opening a report', () => {
  test('writes nothing until something is typed, then saves the edit', async () => {
    const { build } = await import('../../core/document/nodes');
    const path = join(e2e.fixture.home, 'only-read.nianbao');
    const file = await ReportFile.create(path, { title: '只看不改', organisation: '', year: 2025, kind: 'school' });
    const figure = build.figure('学生在实训基地', null);
    file.saveDocument(
      build.document([
        build.heading(1, '基本情况'),
        build.paragraph('全州共有中职学校6所。'),
        build.caseBlock('校企合作', [build.paragraph('案例正文。'), figure]),
      ]),
    );
    const savedAt = file.document!.updatedAt;
    file.close();

    await openInHarness(e2e.fixture.harness, path);
    const page = await e2e.browser.newPage();
    const saves: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/report.saveDocument') && saves.push(request.url()));
    // The page's timers run on a clock the test moves: every autosave the load could have scheduled comes due.
    await page.clock.install();
    await page.goto(e2e.fixture.harness.url);
    await expect.poll(() => page.locator('.report-content .rp-case').count()).toBe(1);
    await page.clock.runFor(10_000);
    // A save scheduled meanwhile would be on the wire once the page is idle again.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
    expect(saves).toEqual([]);
    expect(await page.getByTestId('save-state').textContent()).toBe('已保存');

    await page.locator('.report-content p').first().click();
    await page.keyboard.press('End');
    await typeWithIme(page, '在校生1.2万人。');
    await expect.poll(() => saves.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.close();
    const after = await ReportFile.open(path, { readOnly: true });
    expect(after.document!.updatedAt).not.toBe(savedAt);
    expect(JSON.stringify(after.document!.json)).toContain('全州共有中职学校6所。在校生1.2万人。');
    after.close();
  });
});

describe('a report this build cannot show', () => {
  test('says so in Chinese instead of a blank window, and never saves over what it could not show', async () => {
    const { ReportFile } = await import('../../electron/store/report-file');
    const { build } = await import('../../core/document/nodes');
    const path = join(e2e.fixture.home, 'future.nianbao');
    const file = await ReportFile.create(path, {
      title: '新版本编辑过的报告',
      organisation: '',
      year: 2026,
      kind: 'school',
    });
    file.saveDocument(build.document([build.paragraph('正文'), { type: 'future-widget', version: 3 }]));
    const before = JSON.stringify(file.document?.json);
    file.close();

    const { page } = await openReport(e2e, path);
    await expect
      .poll(() => page.getByRole('alert').locator('h1').textContent())
      .toBe('这份报告的内容无法在本版本中显示');
    await page.getByRole('button', { name: '关闭报告' }).click();
    await expect.poll(() => page.getByRole('button', { name: '创建' }).count()).toBe(1);
    const after = await ReportFile.open(path, { readOnly: true });
    expect(JSON.stringify(after.document?.json)).toBe(before);
    expect(before).toContain('future-widget');
    after.close();
  });
});
