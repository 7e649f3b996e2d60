import type { Locator, Page, ViewportSize } from 'playwright-core';
import { expect } from 'vitest';
import sharp from 'sharp';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { type E2EContext, callHarness, openInHarness } from './browser';

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

/**
 * A fresh page on the start screen, its uncaught errors collected from the first script on. The
 * harness serves one window, so what is open there is closed first.
 */
export async function startScreen(e2e: E2EContext, viewport?: ViewportSize): Promise<OpenedPage> {
  await callHarness(e2e.fixture.harness, 'report.close', {});
  return loadApp(e2e, viewport);
}

/** A fresh page showing the report at `path`, as 文件 → 打开 leaves it; its errors collected as above. */
export async function openReport(e2e: E2EContext, path: string, viewport?: ViewportSize): Promise<OpenedPage> {
  await openInHarness(e2e.fixture.harness, path);
  return loadApp(e2e, viewport);
}

async function loadApp(e2e: E2EContext, viewport?: ViewportSize): Promise<OpenedPage> {
  const page = await e2e.browser.newPage(viewport && { viewport });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(e2e.fixture.harness.url);
  return { page, errors };
}

export interface OpenedPage {
  page: Page;
  /** Uncaught errors in the page, for a test to expect none. */
  errors: string[];
}

/** What the start screen's 新建报告 form is given; the form's own defaults for what is left out. */
export interface NewReportForm {
  /** 单位 */
  organisation?: string;
  /** 年度 */
  year?: string;
  /** Radios ticked: a kind (州/市) or a template (学校年报（中职）). */
  radios?: readonly string[];
  viewport?: ViewportSize;
  /**
   * Clicks into the page so typing goes there (true unless told). A template's report is left
   * unclicked: its prompts stay as they are, and the test waits for its outline itself.
   */
  click?: boolean;
}

/** A report made with 新建报告 on a fresh start screen, as a user begins. */
export async function newReport(e2e: E2EContext, form: NewReportForm = {}): Promise<OpenedPage> {
  const opened = await startScreen(e2e, form.viewport);
  const { page } = opened;
  if (form.organisation !== undefined) await page.getByLabel('单位').fill(form.organisation);
  if (form.year !== undefined) await page.getByLabel('年度').fill(form.year);
  for (const name of form.radios ?? []) await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: '创建' }).click();
  if (form.click ?? true) await page.locator('.report-content').click();
  else await page.locator('.report-content').waitFor();
  return opened;
}

/** A 学校年报（中职） from its template, as a school begins one: its outline shown, nothing clicked yet. */
export async function newSchoolReport(e2e: E2EContext): Promise<OpenedPage> {
  const opened = await newReport(e2e, {
    organisation: '木垒县职业技术学校',
    year: '2025',
    radios: ['学校年报（中职）'],
    viewport: { width: 1440, height: 900 },
    click: false,
  });
  const headings = () => opened.page.locator('.report-content h1').count();
  await expect.poll(headings, { timeout: 10_000 }).toBeGreaterThan(5);
  return opened;
}

/** The open report's document as the harness last saved it (null before the first save). */
export async function savedDocument(e2e: E2EContext): Promise<EditorStateJSON | null> {
  return (await callHarness(e2e.fixture.harness, 'report.current', {}))?.document ?? null;
}

/** For each photo in `scope` (the page, a case, a figure): whether its picture has loaded and shows. */
export const photosShown = (scope: Page | Locator): Promise<boolean[]> =>
  scope
    .locator('.rp-photo img')
    .evaluateAll((imgs) =>
      imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0),
    );

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
