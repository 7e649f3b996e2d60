import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { printHtml } from '../../core/print/print-html';
import { buildReportTree } from '../../core/report-tree';
import { buildDocx } from '../../electron/export/docx-export';
import { sampleReportMeta } from './sample-report';

/**
 * The editor keeps an empty line at the end of a case to type in, and one stays under a photo
 * inserted last; neither may print as blank space inside the case's box.
 */
const document = build.document([
  build.caseBlock('产教融合育人', [
    build.paragraph('学校与企业共建实训基地。'),
    build.figure('实训现场', null),
    build.paragraph(),
    build.paragraph([]),
  ]),
  build.paragraph('案例之后的正文。'),
]);

describe('trailing empty lines of a case', () => {
  it('are not printed in the PDF', () => {
    const options = { imageUrl: () => '', fontCssUrl: '', pagedJsUrl: null };
    const html = printHtml(buildReportTree(document), sampleReportMeta, options);
    const start = html.indexOf('<section class="case">');
    const box = html.slice(start, html.indexOf('</section>', start));
    expect(box).toContain('实训现场');
    expect(box).not.toMatch(/<p[^>]*><br><\/p>/);
  });

  it('are not written into the .docx case box', async () => {
    const { bytes } = await buildDocx({ meta: sampleReportMeta, document, asset: () => null });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    // The box is one table (a row per block since cases keep together by row rules in Word).
    const box = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    // The caption is the box's last paragraph: no empty one (<w:p/> or <w:p>…</w:p>), no row, after it.
    expect(box).toContain('实训现场');
    expect(box.slice(box.indexOf('实训现场'))).not.toMatch(/<w:p[ />]|<w:tr[ >]/);
  });
});
