import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useHarnessAndBrowser } from '../helpers/browser';
import { choosePhotos, newReport, photo } from '../helpers/editor-page';
import { typeWithIme } from '../helpers/browser';

const e2e = useHarnessAndBrowser();
/** Set to a folder (docs/screenshots) to refresh the README's picture of the menu. */
const screenshots = process.env.NIANBAO_SCREENSHOTS;

describe('the right-click menu in the page', () => {
  test('复制 and 粘贴, 插入表格, table rows, a photo’s 删除, all from the app’s own Chinese menu; Esc closes it', async () => {
    const { page } = await newReport(e2e, { organisation: '玛纳斯县职业技术学校' });
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(e2e.fixture.harness.url).origin });
    const content = page.locator('.report-content');
    await typeWithIme(page, '校企合作');
    const menu = page.getByRole('menu', { name: '右键菜单' });

    // The browser's own menu never shows: ours does, and Esc closes it.
    await content.locator('p').first().click({ button: 'right' });
    await expect
      .poll(() => menu.getByRole('menuitem').allTextContents())
      .toEqual(['剪切', '复制', '粘贴', '粘贴为纯文本', '插入案例', '插入图片…', '插入表格', '插入数据…']);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);

    // 复制 the word, then 粘贴 at the end of the paragraph; Esc gave the keys back to the page.
    await page.keyboard.press('Control+a');
    await content.locator('p').first().click({ button: 'right' });
    await menu.getByRole('menuitem', { name: '复制' }).click();
    await page.keyboard.press('End');
    await content.locator('p').first().click({ button: 'right' });
    await menu.getByRole('menuitem', { name: '粘贴为纯文本' }).click();
    await expect.poll(() => content.locator('p').first().textContent()).toBe('校企合作校企合作');

    // 插入表格, then a row below from the menu opened inside it.
    await content.locator('p').first().click({ button: 'right' });
    await menu.getByRole('menuitem', { name: '插入表格' }).click();
    await expect.poll(() => content.locator('table tr').count()).toBe(3);
    await content.locator('td').first().click({ button: 'right' });
    await expect.poll(() => menu.getByRole('menuitem').allTextContents()).toContain('下方插入行');
    await menu.getByRole('menuitem', { name: '下方插入行' }).click();
    await expect.poll(() => content.locator('table tr').count()).toBe(4);

    // A photo: its own tools in the menu (还原 only once it is edited); 删除图片 removes the figure, caption and all.
    await content.locator('p').last().click();
    await choosePhotos(page, '插入图片', [await photo('实训.jpg', 200, 80, 40)]);
    await content.locator('.rp-photo img').waitFor();
    await content.locator('.rp-photo').click({ button: 'right' });
    await expect
      .poll(() => menu.getByRole('menuitem').allTextContents())
      .toEqual(expect.arrayContaining(['更换照片', '旋转', '裁剪', '删除图片']));
    expect(await menu.getByRole('menuitem', { name: '还原' }).count()).toBe(0);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'context-menu.png') });
    await menu.getByRole('menuitem', { name: '删除图片' }).click();
    await expect.poll(() => content.locator('.rp-figure').count()).toBe(0);
  });
});
