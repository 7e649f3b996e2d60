import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import type { EditorStateJSON, SerializedNodeJSON } from '../core/document/editor-json';
import { build } from '../core/document/nodes';
import { nodeText } from '../core/document/editor-json';
import { startHarness } from '../electron/harness/harness';
import { startHarnessServer } from '../electron/harness/http-server';
import { ReportFile } from '../electron/store/report-file';
import { launchChromium, openInHarness, rendererDist } from '../tests/helpers/browser';
import { largeReport } from '../tests/fixtures/large-report';

/** Records, in the page, when the first screen of report text exists and each keystroke's time to the next paint. */
const instrument = () => {
  const w = window as unknown as {
    __firstText?: number;
    __latencies: number[];
    __eventTiming: number[];
    __since: number;
  };
  w.__latencies = [];
  w.__eventTiming = [];
  w.__since = 0;
  // The Event Timing API: from the key's arrival to the paint after its handlers (Chromium
  // reports only events of 16 ms or more, in 8 ms steps, which is exactly the target's line).
  new PerformanceObserver((list) => {
    // Entries arrive late: a key pressed before the counters were reset must not be counted.
    for (const entry of list.getEntries())
      if (entry.name === 'keydown' && entry.startTime >= w.__since) w.__eventTiming.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new MutationObserver((_, observer) => {
    const content = document.querySelector('.report-content');
    if (content && content.childElementCount > 20) {
      requestAnimationFrame(() => setTimeout(() => (w.__firstText = performance.now())));
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'keydown',
    () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start)));
    },
    true,
  );
};

interface EditorFigures {
  openMs: number;
  p50: number;
  p95: number;
  /** Keystrokes whose key-to-paint time the Event Timing API put at 16 ms or more. */
  slowKeys: number;
  keys: number;
  /** p95 of key-to-paint by Event Timing (0 stands for "under 16 ms"). */
  eventP95: number;
  saveBlockMs: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function measure(page: Page, url: string): Promise<EditorFigures> {
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __firstText?: number }).__firstText !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  const openMs = await page.evaluate(() => (window as unknown as { __firstText: number }).__firstText);

  const paragraphs = page.locator('.report-content p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __eventTiming: number[]; __since: number };
    w.__latencies = [];
    w.__eventTiming = [];
    w.__since = performance.now();
  });
  // Latin keys: Playwright sends CJK characters as insertText, which fires no keydown to time.
  const keys = 80;
  for (let i = 0; i < keys; i += 1) await page.keyboard.type('a', { delay: 40 });
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  const timings = await page.evaluate(() => (window as unknown as { __eventTiming: number[] }).__eventTiming);
  const slowKeys = timings.length;

  // What one autosave costs the main thread: serialising the editor state to JSON text.
  const saveBlockMs = await page.evaluate(() => {
    const host = document.querySelector('[data-lexical-editor]') as unknown as {
      __lexicalEditor: { getEditorState(): { toJSON(): unknown } };
    };
    const runs: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const t = performance.now();
      JSON.stringify(host.__lexicalEditor.getEditorState().toJSON());
      runs.push(performance.now() - t);
    }
    return runs.sort((a, b) => a - b)[3]!;
  });
  // Keys under 16 ms are not reported: pad with zeros so the percentiles stay over all keys.
  const eventP95 = percentile([...timings, ...Array<number>(Math.max(0, keys - timings.length)).fill(0)], 95);
  return {
    openMs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    slowKeys,
    keys,
    eventP95,
    saveBlockMs,
  };
}

/** The same text as plain headings and paragraphs, for the bare-Lexical reference. */
function plainText(doc: EditorStateJSON): EditorStateJSON {
  const out: SerializedNodeJSON[] = [];
  const walk = (nodes: SerializedNodeJSON[]) => {
    for (const n of nodes) {
      if (n.type === 'heading') out.push(n);
      else if (n.type === 'case') walk(n.children ?? []);
      else if (n.type === 'figure' || n.type === 'figure-row') continue;
      else out.push(build.paragraph(nodeText(n)));
    }
  };
  walk(doc.root.children ?? []);
  return build.document(out);
}

export async function editorBench(): Promise<void> {
  const t0 = performance.now();
  const report = await largeReport();
  const home = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const path = join(home, 'large.nianbao');
  const file = await ReportFile.create(path, { title: '基准报告', organisation: '基准', year: 2025, kind: 'bureau' });
  file.putAssets(report.photos);
  file.saveDocument(report.doc);
  file.close();
  console.log(
    `report: ${report.chars} characters, 72 cases, ${report.photos.length} photos ` +
      `(generated in ${Math.round(performance.now() - t0)} ms)`,
  );

  const bareDir = join(home, 'bare');
  await viteBuild({
    root: join(import.meta.dirname, 'bare-lexical'),
    base: './',
    logLevel: 'silent',
    build: { outDir: bareDir, emptyOutDir: true, target: 'chrome130' },
  });
  writeFileSync(join(bareDir, 'doc.json'), JSON.stringify(plainText(report.doc)));

  const harness = await startHarness({ home, staticRoot: rendererDist });
  const bareServer = await startHarnessServer({
    dispatch: async () => ({ ok: true, value: null }),
    token: 'bench',
    staticRoot: bareDir,
  });
  try {
    await openInHarness(harness, path);
    for (const pacing of PACINGS) {
      console.log(`${pacing.name}:`);
      const browser = await launchChromium(pacing.args);
      try {
        // Alternating rounds, so a busy moment of the machine does not fall on one editor only.
        const ours: EditorFigures[] = [];
        const bare: EditorFigures[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          ours.push(await measure(await browser.newPage({ viewport: { width: 1440, height: 960 } }), harness.url));
          bare.push(await measure(await browser.newPage({ viewport: { width: 1440, height: 960 } }), bareServer.url));
        }
        printFigures(median(ours), median(bare));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await harness.close();
    await bareServer.close();
  }
}

const ROUNDS = 3;

/**
 * A 60 Hz display shows a change at its next refresh, so key-to-paint there includes waiting up
 * to 16.7 ms for it; unpaced, Chromium draws a frame as soon as it is ready, which measures the
 * editor's and the browser's own work. Headless Chromium here rasterises in software on 2 cores.
 */
const PACINGS = [
  { name: '60 Hz frames (as a screen shows them)', args: [] },
  {
    name: 'unpaced frames (the work itself: frame drawn as soon as ready)',
    args: ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
  },
] as const;

/** The round with the median keystroke p95. */
function median(runs: EditorFigures[]): EditorFigures {
  return [...runs].sort((a, b) => a.p95 - b.p95)[Math.floor(runs.length / 2)]!;
}

function printFigures(ours: EditorFigures, bare: EditorFigures): void {
  const row = (name: string, f: EditorFigures) =>
    `  ${name.padEnd(14)} open ${f.openMs.toFixed(0).padStart(5)} ms   ` +
    `key→rAF p50 ${f.p50.toFixed(1).padStart(5)} ms   p95 ${f.p95.toFixed(1).padStart(5)} ms   ` +
    `Event Timing p95 ${f.eventP95 ? `${f.eventP95.toFixed(0)} ms` : '< 16 ms'} ` +
    `(${f.slowKeys}/${f.keys} keys ≥ 16 ms)   ` +
    `autosave block ${f.saveBlockMs.toFixed(1).padStart(5)} ms`;
  console.log(row('年报工坊', ours));
  console.log(row('bare Lexical', bare));
  console.log(
    `  ratios (median of ${ROUNDS} rounds): ` +
      `key→rAF p95 ${(ours.p95 / bare.p95).toFixed(2)}× bare (target ≤ 1.25×), ` +
      `under 16 ms: ${ours.p95 < 16 ? 'yes' : 'no'} (bare Lexical: ${bare.p95 < 16 ? 'yes' : 'no'}); ` +
      `open ${(ours.openMs / 1000).toFixed(2)} s (target ≤ 1.5 s); ` +
      `autosave block ${ours.saveBlockMs.toFixed(1)} ms (target ≤ 10 ms)`,
  );
}
