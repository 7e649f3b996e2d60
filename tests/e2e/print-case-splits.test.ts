import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../core/document/nodes';
import { ReportFile } from '../../electron/store/report-file';
import { putSamplePhotos, sampleReportMeta } from '../export/sample-report';
import { callHarness, openInHarness, useHarnessAndBrowser } from '../helpers/browser';

const e2e = useHarnessAndBrowser();
const sentence = '昌吉州坚持以立德树人为根本任务，深化产教融合、校企合作，职业教育办学水平和人才培养质量稳步提升。';

describe('cases in the paginated print page', () => {
  test('leave no empty frame or heading above it at a page foot when their title moves to the next page', async () => {
    // Cases after text of growing length, every other one under a heading: some start too near
    // a page's foot for their title and first line.
    const path = join(e2e.fixture.home, 'cases.nianbao');
    const file = await ReportFile.create(path, sampleReportMeta);
    const [photo] = await putSamplePhotos(file, 1, { width: 800, height: 600 });
    const blocks = [build.heading(1, '基本情况')];
    for (let k = 1; k <= 16; k += 1) {
      blocks.push(build.paragraph(sentence.repeat(k)));
      if (k % 2 === 0) blocks.push(build.heading(2, `典型案例${k}`));
      blocks.push(
        build.caseBlock(`校企合作育人${k}`, [
          build.paragraph('学校组织学生参加自治区技能大赛。'),
          build.figure('学生参加技能大赛', photo!),
        ]),
      );
    }
    file.saveDocument(build.document(blocks));
    file.close();

    await openInHarness(e2e.fixture.harness, path);
    const { url } = await callHarness(e2e.fixture.harness, 'export.previewUrl', {});
    const page = await e2e.browser.newPage();
    await page.goto(`http://127.0.0.1:${e2e.fixture.harness.port}${url}`);
    await page.waitForFunction(() => (window as unknown as { __nianbaoPrint?: unknown }).__nianbaoPrint, null, {
      timeout: 60_000,
    });

    const layout = await page.evaluate(() => ({
      emptyCases: Array.from(document.querySelectorAll('.pagedjs_page .case')).filter(
        (box) => !(box.textContent ?? '').trim(),
      ).length,
      cases: document.querySelectorAll('.pagedjs_page .case-title').length,
      // What each page ends with: never a heading.
      lastOnPage: Array.from(document.querySelectorAll('.pagedjs_page main')).map(
        (main) => main.lastElementChild?.tagName ?? '',
      ),
    }));
    expect(layout.emptyCases).toBe(0);
    expect(layout.cases).toBe(16);
    expect(layout.lastOnPage.filter((tag) => /^H\d$/.test(tag))).toEqual([]);
    await page.close();
  }, 120_000);
});
