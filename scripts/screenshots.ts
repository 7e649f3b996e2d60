import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeSyntheticReport } from '../tests/fixtures/synthetic-report';
import { copyIntoHome, launchChromium, repoRoot, startTestHarness, typeWithIme } from '../tests/helpers/browser';
import { SEED_PATH, hasSeed } from '../tests/seed/seed-path';

// Screenshots of the real UI in the browser harness, for the README and for looking at it.
const outDir = join(repoRoot, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });

async function samplePhoto(name: string, hue: number) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,70%)"/>` +
    `<stop offset="1" stop-color="hsl(${hue + 40},50%,35%)"/></linearGradient></defs>
    <rect width="1600" height="1067" fill="url(#g)"/>` +
    `<rect x="180" y="520" width="1240" height="380" fill="hsl(${hue},20%,92%)" opacity="0.8"/>
    <circle cx="1250" cy="260" r="120" fill="hsl(50,90%,80%)"/></svg>`;
  return { name, mimeType: 'image/jpeg', buffer: await sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer() };
}

const { harness, home } = await startTestHarness();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.goto(harness.url);
  await page.getByLabel('单位').fill('昌吉州');
  await page.screenshot({ path: join(outDir, 'start.png') });
  await page.getByRole('button', { name: '创建' }).click();
  await page.locator('.report-content').click();
  const lines: [string, string][] = [
    ['h1', '基本情况'],
    ['h2', '规模和结构'],
    [
      'p',
      '2025年昌吉州共有中职6所，其中国家级示范性中等职业学校3所，自治区优质中等职业学校建设单位4所，全日制中职在校学生6531人，教职工630人。',
    ],
    ['h1', '人才培养质量'],
    ['h2', '学生发展'],
    ['p', '昌吉州始终坚持和加强党对职业教育工作的全面领导，为推进职业教育改革发展提供坚强的组织保证。'],
  ];
  for (const [kind, text] of lines) {
    await page.keyboard.press(kind === 'p' ? 'Control+Alt+0' : `Control+Alt+${kind.slice(1)}`);
    await typeWithIme(page, text);
    await page.keyboard.press('Enter');
  }
  await page.getByTitle('插入案例 (Ctrl+Alt+C)').click();
  await typeWithIme(page, '“三进三联”促进产教深度融合');
  await page.keyboard.press('Enter');
  await typeWithIme(page, '学校与园区企业共建实训基地，企业工程师每周进校授课，学生在真实岗位上完成项目实训。');
  await page.keyboard.press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTitle('插入并排图片').click();
  await (await chooser).setFiles([await samplePhoto('实训.jpg', 200), await samplePhoto('比赛.jpg', 20)]);
  await page.locator('.rp-figure-row .rp-photo img').nth(1).waitFor();
  await page.locator('.rp-figure-caption').nth(0).click();
  await typeWithIme(page, '学生在企业实训基地实习');
  await page.locator('.rp-figure-caption').nth(1).click();
  await typeWithIme(page, '技能大赛获奖现场');
  await page.getByText('已保存').first().waitFor({ timeout: 15_000 });
  await page.locator('.rp-case').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, 'editor.png') });

  // The seed imported (without ../shared, the synthetic report in its shape), with 体检 open beside the page
  // at a doubled word each of them has.
  const seed = hasSeed();
  console.log(`体检 screenshot of ${seed ? SEED_PATH : 'the synthetic report (no ../shared/seed here)'}`);
  await fetch(`http://127.0.0.1:${harness.port}/api/import.file`, {
    method: 'POST',
    headers: { 'x-nianbao-token': harness.token },
    body: JSON.stringify({ path: seed ? copyIntoHome(home, SEED_PATH) : writeSyntheticReport(home) }),
  });
  await page.reload();
  await page.locator('.check-badge').click();
  await page.locator('.check-panel .check-item').first().waitFor({ timeout: 15_000 });
  await page
    .locator('.check-panel .check-item', { hasText: seed ? '校长' : '专家' })
    .first()
    .click();
  await page.waitForTimeout(600);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, 'check.png') });
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await harness.close();
}
