import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureWhileBusy, writeHeavyDocx } from '../tests/helpers/responsiveness';

/**
 * Whether the thread that answers the window stays free while heavy work runs (issue #22):
 * an import of a 40 MB .docx and a .docx export of a seed-sized report with 53 photos at once,
 * the import's photos then sized for print. Targets: event-loop delay p99 ≤ 50 ms, every save sent
 * meanwhile answered within 200 ms. The services (and the report file's SQLite writes) run on
 * a thread of their own; a save still waits for the disk to sync it, and for a photo being
 * written just before it, so a disk shared with other work slows saves, not the thread that
 * answers. The same figures with nothing going on (2 s before) show what the machine gives.
 */
export async function responsivenessBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-busy-'));
  try {
    const home = join(dir, 'home');
    mkdirSync(home);
    const docx = join(home, 'heavy.docx');
    const source = await writeHeavyDocx(docx, 40 * 1024 * 1024);
    console.log(`source: ${(source.size / 1e6).toFixed(1)} MB .docx, ${source.photos} photos`);
    console.log(
      `machine load (1, 5, 15 min): ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')} on ${availableParallelism()} cores`,
    );
    const r = await measureWhileBusy(home, docx);
    console.log(
      `busy for ${(r.busyMs / 1000).toFixed(1)} s (import, export, then the import's photos sized for print)`,
    );
    console.log(
      `event-loop delay: p99 ${r.delayP99Ms.toFixed(1)} ms (target ≤ 50), max ${r.delayMaxMs.toFixed(0)} ms;` +
        ` idle before: p99 ${r.idle.delayP99Ms.toFixed(1)} ms, max ${r.idle.delayMaxMs.toFixed(0)} ms`,
    );
    console.log(`saves answered: ${describeSaves(r.saveMs)} (target: slowest ≤ 200)`);
    console.log(`saves idle before: ${describeSaves(r.idle.saveMs)}`);
    console.log(
      `slow saves (≥ 100 ms): ${r.slowSaves}, during which the answering thread never ran: ${r.blockedSlowSaves}`,
    );
    console.log(`CPU time on the thread that answers: ${(r.mainThreadCpuShare * 100).toFixed(1)}% of the process's`);
    console.log(`background tasks: ${JSON.stringify(r.backgroundTasks)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describeSaves(ms: readonly number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(0);
  return `${sorted.length}, median ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms`;
}
