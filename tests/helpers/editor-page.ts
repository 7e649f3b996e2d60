import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import sharp from 'sharp';
import { type E2EContext, typeWithIme } from './browser';

export interface PhotoFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A JPEG of one colour with a white disc in the middle, as a file chooser hands it over. */
export async function photo(name: string, r: number, g: number, b: number, width = 1200, height = 800) {
  const circle = `<circle cx="${width / 2}" cy="${height / 2}" r="300" fill="white"/>`;
  const disc = `<svg width="${width}" height="${height}">${circle}</svg>`;
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
    .composite([{ input: Buffer.from(disc) }])
    .jpeg()
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

/** Clicks a toolbar button that opens the photo picker and picks `files`. */
export async function choosePhotos(page: Page, button: string, files: PhotoFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTitle(button).click();
  await (await chooser).setFiles(files);
}

/** Pastes HTML (with its plain text) into the report, as Word or a browser puts it on the clipboard. */
export async function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('.report-content')!.dispatchEvent(event);
    },
    [html, text],
  );
}

/** A fresh page on the start screen: the harness serves one window, so close what is open first. */
export async function startScreen(e2e: E2EContext): Promise<Page> {
  const { port, token } = e2e.fixture.harness;
  const headers = { 'x-nianbao-token': token };
  await fetch(`http://127.0.0.1:${port}/api/report.close`, { method: 'POST', headers, body: '{}' });
  const page = await e2e.browser.newPage();
  await page.goto(e2e.fixture.harness.url);
  return page;
}

/** A new report with a 3 × 3 table inserted from the toolbar, its caption typed. */
export async function newReportWithTable(e2e: E2EContext, caption: string): Promise<Page> {
  const page = await startScreen(e2e);
  await page.getByRole('button', { name: '创建' }).click();
  await page.locator('.report-content').click();
  await page.getByTitle('插入表格').click();
  await typeWithIme(page, caption);
  return page;
}

/** "label text" of each element matching `selector` in the report (图1 实训现场). */
export const labels = (page: Page, selector: string): Promise<string[]> =>
  page
    .locator(`.report-content ${selector}`)
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-label')} ${e.textContent}`));

/**
 * Waits until the caret is in the text `text`. A caret moved by a click or the arrow keys reaches
 * Lexical on the next selectionchange: the check runs after it, in a later task.
 */
export async function caretIn(page: Page, text: string): Promise<void> {
  const caretText = () =>
    page.evaluate(() => {
      const read = () => window.getSelection()?.anchorNode?.textContent ?? '';
      return new Promise<string>((resolve) => setTimeout(() => resolve(read()), 0));
    });
  await expect.poll(caretText).toBe(text);
}

/** Copies (or cuts) the selection with the browser's shortcut, keeping what the editor put on the clipboard. */
export async function clipboardOf(page: Page, shortcut: 'Control+c' | 'Control+x'): Promise<Record<string, string>> {
  await page.evaluate(() => {
    const keep = (event: ClipboardEvent) => {
      const data = event.clipboardData!;
      const kept = Object.fromEntries(data.types.map((t) => [t, data.getData(t)]));
      (window as unknown as { kept: Record<string, string> }).kept = kept;
    };
    window.addEventListener('copy', keep, { once: true });
    window.addEventListener('cut', keep, { once: true });
  });
  await page.keyboard.press(shortcut);
  return page.evaluate(() => (window as unknown as { kept: Record<string, string> }).kept);
}

/** Pastes clipboard contents kept by clipboardOf(), as Ctrl+V would. */
export async function pasteKept(page: Page, kept: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) data.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('.report-content')!.dispatchEvent(event);
  }, kept);
}
