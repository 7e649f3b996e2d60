import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fileSource } from '../../electron/export/export-source';
import { printPageHtml } from '../../electron/export/pdf-export';
import { PREVIEW_CSP } from '../../electron/export/print-preview';
import { printResources } from '../../electron/export/print-resources';
import { PRINT_PAGE_CSP, startPrintServer } from '../../electron/export/print-server';
import { launchChromium } from '../helpers/browser';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { createSampleReport, smallShape } from './sample-report';

/** The directive `name` of `csp`, whole ('script-src …'), or '' where it has none. */
function directive(csp: string, name: string): string {
  return (
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ''
  );
}

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
type PageFlags = { __nianbaoPrint?: unknown; slipped?: number; handler?: number };

async function samplePrintPage(): Promise<string> {
  const file = closeLater(await createSampleReport(join(tempDir(), 'r.nianbao'), { ...smallShape, photos: 0 }));
  return printPageHtml(fileSource(file));
}

describe('the print page runs its own script and no other', () => {
  it('allows inline script by the hash of the page’s own, never unsafe-inline', async () => {
    const html = await samplePrintPage();
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1]!));
    expect(inline).toHaveLength(1);
    for (const csp of [PRINT_PAGE_CSP, PREVIEW_CSP]) {
      const scripts = directive(csp, 'script-src');
      expect(scripts).not.toContain('unsafe-inline');
      expect(scripts.split(' ')).toEqual(expect.arrayContaining(["'self'", inline[0]!]));
    }
    // The preview is sandboxed even when opened on its own, away from the app's frame.
    expect(directive(PREVIEW_CSP, 'sandbox')).toBe('sandbox allow-scripts');
  });

  const inChromium = requires('chromium').it;
  inChromium('in Chromium: a script slipped into the page never runs, Paged.js does', { timeout: 60_000 }, async () => {
    const slipped = '<script>window.slipped = 1</script><img src="x" onerror="window.handler = 1">';
    const html = (await samplePrintPage()).replace('</main>', `</main>${slipped}`);
    const server = await startPrintServer(html, await printResources(), () => null);
    onTestFinished(() => server.close());
    const browser = await launchChromium();
    onTestFinished(() => browser.close());
    const page = await browser.newPage();
    await page.goto(server.url);
    const ready = await page.waitForFunction(() => (window as PageFlags).__nianbaoPrint, null, { timeout: 45_000 });
    expect(await ready.jsonValue()).toMatchObject({ pages: expect.any(Number) });
    const ran = await page.evaluate(() => [(window as PageFlags).slipped, (window as PageFlags).handler]);
    expect(ran).toEqual([undefined, undefined]);
  });
});
