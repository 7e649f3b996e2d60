import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, repoRoot, startTestHarness, typeWithIme } from '../tests/helpers/browser';

// Screenshots of the real UI in the browser harness, for the README and for looking at it.
const outDir = join(repoRoot, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });
const { harness } = await startTestHarness();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(harness.url);
  await page.getByLabel('单位').fill('昌吉州');
  await page.screenshot({ path: join(outDir, 'start.png') });
  await page.getByRole('button', { name: '创建' }).click();
  const content = page.locator('.report-content');
  await content.click();
  const lines: [string, string][] = [
    ['h1', '基本情况'],
    ['h2', '规模和结构'],
    ['p', '2025年昌吉州共有中职6所，其中国家级示范性中等职业学校3所，自治区优质中等职业学校建设单位4所，全日制中职在校学生6531人，教职工630人。'],
    ['h2', '设施设备'],
    ['p', '2025年各职业学校更新部分仪器设备，校内教学实践工位5928个，计算机2193台。'],
    ['h1', '人才培养质量'],
    ['h2', '学生发展'],
    ['h3', '党建引领'],
    ['p', '昌吉州始终坚持和加强党对职业教育工作的全面领导，为推进职业教育改革发展提供坚强的组织保证。'],
  ];
  for (const [kind, text] of lines) {
    await page.keyboard.press(kind === 'p' ? 'Control+Alt+0' : `Control+Alt+${kind.slice(1)}`);
    await typeWithIme(page, text);
    await page.keyboard.press('Enter');
  }
  await page.getByText('已保存').first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(outDir, 'editor.png') });
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await harness.close();
}
