import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pagesLaidOut } from '../../core/print/paged-script';
import { fileSource } from '../../electron/export/export-source';
import { printPageHtml } from '../../electron/export/pdf-export';
import type { PrintJob } from '../../electron/export/pdf-printer';
import { printResources } from '../../electron/export/print-resources';
import { startPrintServer } from '../../electron/export/print-server';
import { launchChromium } from '../helpers/browser';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { createSampleReport, smallShape } from './sample-report';

/** Only where a system Chromium is found (NIANBAO_CHROMIUM or /usr/bin/chromium). */
const chromium = requires('chromium');

import * as fake from '../electron/fake-electron';
import {
  PRINT_PARTITION,
  PRINT_SCHEME,
  type PrintingElectron,
  electronPdfPrinter as printerFor,
} from '../../electron/export/electron-pdf-printer';

const { electronState } = fake;
/** The printer with the fake's app, session and windows handed over, as main.ts hands Electron's. */
const electronPdfPrinter = (timeoutMs?: number) =>
  printerFor(fake.fakeElectron as unknown as PrintingElectron, timeoutMs);

const sha = 'a'.repeat(64);

function job(extra: Partial<PrintJob> = {}): PrintJob {
  return {
    html: '<!doctype html><html lang="zh-CN"><title>print</title></html>',
    assets: (s) => (s === sha ? { mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) } : null),
    resources: { pagedJs: '/nonexistent/paged.js', fontsDir: '/nonexistent/fonts' },
    ...extra,
  };
}

/** The hidden print window of the one print in progress. */
async function printWindow(): Promise<InstanceType<typeof fake.FakeBrowserWindow>> {
  await vi.waitFor(() => expect(electronState.windows).toHaveLength(1));
  return electronState.windows[0]!;
}

beforeEach(() => {
  fake.resetFakeElectron({ appPath: '/nonexistent', userData: '/nonexistent' });
});

describe('Electron PDF printer (mocked Electron)', () => {
  it('prints from a locked-down hidden window once the page says it is ready, then destroys the window', async () => {
    const stages: string[] = [];
    let markReady: (info: unknown) => void = () => undefined;
    electronState.runInPage = () => new Promise((resolve) => (markReady = resolve));
    const printer = electronPdfPrinter();
    const pending = printer.print(job({ onStage: (s, pages) => stages.push(pages ? `${s}:${pages}` : s) }));
    const win = await printWindow();

    expect(win.options).toMatchObject({ show: false });
    expect(win.options.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      backgroundThrottling: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    await vi.waitFor(() => expect(win.loadedUrls).toHaveLength(1));
    const url = new URL(win.loadedUrls[0]!);
    expect(url.protocol).toBe(`${PRINT_SCHEME}:`);
    expect(url.pathname).toBe('/print.html');

    // While the page has not set its flag, nothing is printed, however long that takes.
    await vi.waitFor(() => expect(win.webContents.executeJavaScript).toHaveBeenCalled());
    expect(win.webContents.executeJavaScript.mock.calls[0]![0]).toContain('__nianbaoPrint');
    // Every continuation that does not wait on the page has run by the next turn of the event loop.
    await new Promise(setImmediate);
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();

    // The job's page, photos and nothing else are served on the print session while it runs.
    const handle = electronState.partitions.get(PRINT_PARTITION)!.protocolHandlers.get(PRINT_SCHEME)!;
    const page = await handle(new Request(url.href));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('lang="zh-CN"');
    expect((await handle(new Request(`${PRINT_SCHEME}://${url.host}/assets/${sha}`))).headers.get('content-type')).toBe(
      'image/jpeg',
    );
    expect((await handle(new Request(`${PRINT_SCHEME}://${url.host}/assets/${'b'.repeat(64)}`))).status).toBe(404);
    expect((await handle(new Request(`${PRINT_SCHEME}://${'0'.repeat(24)}/print.html`))).status).toBe(404);
    expect((await handle(new Request(url.href, { method: 'POST', body: 'x' }))).status).toBe(404);
    // Permissions (camera, notifications…) are refused on the print session.
    const asks = (permission: string) =>
      new Promise((r) =>
        electronState.partitions.get(PRINT_PARTITION)!.permissionHandler!(null, permission, r, {
          requestingUrl: url.href,
          isMainFrame: true,
        }),
      );
    expect(await asks('media')).toBe(false);
    expect(await asks('clipboard-read')).toBe(false);
    const check = electronState.partitions.get(PRINT_PARTITION)!.permissionCheckHandler;
    expect(check?.(null, 'media', `${PRINT_SCHEME}://${url.host}`, { isMainFrame: true })).toBe(false);

    // Paged.js's page messages become progress; other console output does not.
    win.webContents.emit('console-message', { message: 'nianbao-pages:1' });
    win.webContents.emit('console-message', { message: 'hello' });
    win.webContents.emit('console-message', { message: 'nianbao-pages:2' });
    markReady({ pages: 7, scale: 0.99 });
    const printed = await pending;
    expect(printed.pages).toBe(7);
    expect(new TextDecoder().decode(printed.pdf)).toBe('%PDF-1.7');
    // Printed at the inverse of the zoom the page was laid out at (the page reports it).
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      printBackground: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
      scale: 0.99,
    });
    expect(stages).toEqual(['layout', 'layout:1', 'layout:2', 'print']);
    expect(win.destroyed).toBe(true);
    // The job's page is gone with it.
    expect((await handle(new Request(url.href))).status).toBe(404);
  });

  it('refuses navigation and new windows from the print page', async () => {
    let markReady: (info: unknown) => void = () => undefined;
    electronState.runInPage = () => new Promise((resolve) => (markReady = resolve));
    const pending = electronPdfPrinter().print(job());
    const win = await printWindow();
    const navigation = fake.fakeEvent();
    win.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    markReady({ pages: 1 });
    await pending;
  });

  it('destroys the window when pagination fails or printing throws', async () => {
    const printer = electronPdfPrinter();
    electronState.runInPage = () => Promise.resolve({ error: 'Paged.js broke' });
    const failing = expect(printer.print(job())).rejects.toMatchObject({
      error: { code: 'EXPORT_FAILED', detail: expect.stringContaining('Paged.js broke') },
    });
    const win = await printWindow();
    await failing;
    expect(win.destroyed).toBe(true);
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();

    electronState.windows = [];
    electronState.runInPage = () => Promise.resolve({ pages: 3 });
    electronState.printToPDF = () => Promise.reject(new Error('printing failed'));
    const throwing = expect(printer.print(job())).rejects.toMatchObject({
      error: { code: 'EXPORT_FAILED', detail: 'printing failed' },
    });
    const second = await printWindow();
    await throwing;
    expect(second.destroyed).toBe(true);
  });

  it('stops waiting when cancelled or when pagination takes too long, and destroys the window', async () => {
    const controller = new AbortController();
    electronState.runInPage = () => new Promise(() => undefined);
    const cancelled = electronPdfPrinter().print(job({ signal: controller.signal }));
    const win = await printWindow();
    await vi.waitFor(() => expect(win.webContents.executeJavaScript).toHaveBeenCalled());
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ error: { code: 'EXPORT_CANCELLED' } });
    expect(win.destroyed).toBe(true);

    electronState.windows = [];
    const slow = expect(electronPdfPrinter(100).print(job())).rejects.toMatchObject({
      error: { code: 'EXPORT_FAILED', detail: expect.stringContaining('100 ms') },
    });
    const stuck = await printWindow();
    await slow;
    expect(stuck.destroyed).toBe(true);
  });
});

chromium.describe('the ready wait, in a real Chromium', () => {
  it('resolves with the print page own flag once Paged.js has finished', { timeout: 60_000 }, async () => {
    const { WAIT_FOR_READY } = await import('../../electron/export/electron-pdf-printer');
    const dir = tempDir();
    const file = closeLater(await createSampleReport(join(dir, 'r.nianbao'), { ...smallShape, photos: 1 }));
    const server = await startPrintServer(printPageHtml(fileSource(file)), await printResources(), () => null);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const announced: number[] = [];
      page.on('console', (m) => {
        const n = pagesLaidOut(m.text());
        if (n !== null) announced.push(n);
      });
      // Evaluated as soon as the page starts, before Paged.js has run, as Electron's printer may.
      await page.goto(server.url, { waitUntil: 'commit' });
      const info = (await page.evaluate(WAIT_FOR_READY)) as { pages?: number };
      expect(info.pages).toBeGreaterThanOrEqual(5);
      expect(await page.locator('.pagedjs_page').count()).toBe(info.pages);
      // Each page laid out was announced, in order, for the progress dialog.
      expect(announced).toEqual(Array.from({ length: info.pages! }, (_, i) => i + 1));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
