import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import sharp from 'sharp';
import type { ApiName } from '../../core/api';
import { build } from '../../core/document/nodes';
import type { Result } from '../../core/errors';
import { startServicesWorker } from '../../electron/background/services-worker';
import { createSampleReport, seedShape } from '../export/sample-report';
import { syntheticReport } from '../fixtures/synthetic-report';

/**
 * A .docx of at least `bytes` (40 MB in the test and bench): the synthetic report's text with
 * photos of sensor noise, which neither the zip nor JPEG can shrink. One in eight is a phone
 * photo (2800×2100, about 4 MB) that sizing for print re-encodes; the rest are as Word saves pictures
 * (2400×1800, about 700 KB), which sizing for print keeps as they are.
 */
export async function writeHeavyDocx(path: string, bytes: number): Promise<{ size: number; photos: number }> {
  const lines = syntheticReport().text.split('\n');
  const children: Paragraph[] = [];
  let total = 0;
  let photos = 0;
  for (; total < bytes; photos += 1) {
    const [width, height, quality] = photos % 8 === 0 ? [2800, 2100, 92] : [2400, 1800, 18];
    const photo = await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .jpeg({ quality })
      .toBuffer();
    total += photo.length;
    const text = lines.slice(photos * 10, photos * 10 + 10).map((line) => new Paragraph(line));
    children.push(
      ...text,
      new Paragraph({
        children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 560, height: 420 } })],
      }),
      new Paragraph(`图${photos + 1} 实训现场`),
    );
  }
  children.push(...lines.slice(photos * 10).map((line) => new Paragraph(line)));
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  return { size: statSync(path).size, photos };
}

export interface Responsiveness {
  /** perf_hooks' event-loop delay of the thread that answers the API, in ms. */
  delayP99Ms: number;
  delayMaxMs: number;
  /** How long each save sent meanwhile took to be answered, in ms. */
  saveMs: number[];
  /** The saves of 100 ms or more, and those of them during which the thread that answers never ran (blocked). */
  slowSaves: number;
  blockedSlowSaves: number;
  /** The same, for 2 s before the work started: what the machine gives with nothing else going on. */
  idle: { delayP99Ms: number; delayMaxMs: number; saveMs: number[] };
  /** The share of the process's CPU time spent on the thread that answers the API. */
  mainThreadCpuShare: number;
  /** How long the import, the export, and sizing the import's photos for print took together, in ms. */
  busyMs: number;
  /** The tasks the background workers finished meanwhile, by name. */
  backgroundTasks: Record<string, number>;
}

/** A save is slow past this; the thread that answers ticks every 10 ms, so it ran during one unless blocked. */
const SLOW_SAVE_MS = 100;

/**
 * Serves the API as the harness does (the services on a thread of their own) and, while it
 * imports `heavyDocx` and exports a report the seed's size with its 53 photos as .docx at the
 * same time (the imported report's photos then read and sized for print), sends a save every 100 ms
 * and records how long each takes to be answered, how late the event loop ran, and whether it
 * ran at all during each slow save. The same is measured for 2 s before, with nothing going on.
 */
export async function measureWhileBusy(home: string, heavyDocx: string): Promise<Responsiveness> {
  mkdirSync(join(home, 'reports'), { recursive: true });
  const seedPath = join(home, 'seed.nianbao');
  (await createSampleReport(seedPath, seedShape)).close();
  const services = startServicesWorker({
    shell: 'harness',
    version: '0',
    dialogs: { kind: 'folder', folder: join(home, 'reports') },
    paths: { kind: 'inside', home },
    recentFile: join(home, 'recent.json'),
  });
  const { dispatch } = services;
  const call = async <T>(name: ApiName, params: unknown): Promise<T> => {
    const result = (await dispatch(name, params)) as Result<T>;
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.detail ?? ''}`);
    return result.value;
  };
  const ticks: number[] = [];
  const ticker = setInterval(() => ticks.push(performance.now()), 10);
  try {
    await call('report.open', { path: seedPath });
    let openPath = seedPath;
    const document = build.document([build.paragraph('在导入和导出的同时继续写作。')]);
    /** Saves every 100 ms until `until` settles; the time each took, from sent to answered. */
    const saveUntil = async (until: Promise<unknown>) => {
      let done = false;
      const stop = () => {
        done = true;
      };
      until.then(stop, stop);
      const saves: [sent: number, answered: number][] = [];
      while (!done) {
        const sent = performance.now();
        // Answered either way: saved, or refused as meant for the report the import replaced.
        const result = await dispatch('report.saveDocument', { path: openPath, document });
        if (!result.ok && result.error.code !== 'REPORT_SWITCHED') throw new Error(`save: ${result.error.code}`);
        saves.push([sent, performance.now()]);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return saves;
    };

    const idleDelay = monitorEventLoopDelay({ resolution: 10 });
    idleDelay.enable();
    const idleSaves = await saveUntil(new Promise((resolve) => setTimeout(resolve, 2_000)));
    idleDelay.disable();

    const delay = monitorEventLoopDelay({ resolution: 10 });
    const before = await services.backgroundTasks();
    const cpu = process.cpuUsage();
    const threadCpu = process.threadCpuUsage();
    const started = performance.now();
    delay.enable();
    const work = (async () => {
      const { jobId } = await call<{ jobId: string }>('export.start', { kind: 'docx', path: join(home, 'seed.docx') });
      const exported = (async () => {
        for (;;) {
          const status = await call<{ state: string }>('export.status', { jobId });
          if (status.state !== 'running') return status.state;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const imported = await call<{ report: { path: string } } | null>('import.file', { path: heavyDocx });
      if (!imported) throw new Error('import.file: no report');
      openPath = imported.report.path;
      if ((await exported) !== 'done') throw new Error('export did not finish');
      // The imported report's photos, read out of the .docx and sized for print, in the background.
      while ((await call<{ count: number }>('assets.photosBeingSized', {})).count > 0)
        await new Promise((resolve) => setTimeout(resolve, 100));
    })();
    const saves = await saveUntil(work);
    await work;
    const busyMs = performance.now() - started;
    delay.disable();
    const threadUsed = process.threadCpuUsage(threadCpu);
    const used = process.cpuUsage(cpu);
    const took = (list: [number, number][]) => list.map(([sent, answered]) => answered - sent);
    const slow = saves.filter(([sent, answered]) => answered - sent >= SLOW_SAVE_MS);
    return {
      delayP99Ms: delay.percentile(99) / 1e6,
      delayMaxMs: delay.max / 1e6,
      saveMs: took(saves),
      slowSaves: slow.length,
      blockedSlowSaves: slow.filter(([sent, answered]) => !ticks.some((t) => t > sent && t < answered)).length,
      idle: { delayP99Ms: idleDelay.percentile(99) / 1e6, delayMaxMs: idleDelay.max / 1e6, saveMs: took(idleSaves) },
      mainThreadCpuShare: (threadUsed.user + threadUsed.system) / (used.user + used.system),
      busyMs,
      backgroundTasks: Object.fromEntries(
        Object.entries(await services.backgroundTasks()).map(([task, n]) => [task, n - (before[task] ?? 0)]),
      ),
    };
  } finally {
    clearInterval(ticker);
    await services.end();
  }
}
