import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureWhileBusy, writeHeavyDocx } from '../helpers/responsiveness';

/**
 * The design target (event-loop delay p99 ≤ 50 ms, a save answered within 200 ms) is measured
 * by `npm run bench responsiveness`: on a loaded 2-core CI machine a hard 50 ms would fail for
 * the load, not the code. Asserted here: the heavy work ran on other threads (the thread that
 * answers spent a small share of the process's CPU time, which load does not change); the
 * saves' writes too (the thread that answers kept running during nearly every slow save, where
 * a write on it would have blocked it throughout); and bounds generous enough for any machine.
 */
describe('the thread that answers the API while an import and an export run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-test-busy-'));
  const home = join(dir, 'home');
  const docx = join(home, 'heavy.docx');
  let photos = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    mkdirSync(home, { recursive: true });
    const written = await writeHeavyDocx(docx, 40 * 1024 * 1024);
    expect(written.size).toBeGreaterThanOrEqual(40 * 1024 * 1024);
    photos = written.photos;
  }, 120_000);

  it('leaves the work to background threads and answers every save meanwhile', async () => {
    const r = await measureWhileBusy(home, docx);
    // The import read, the .docx built and each photo of the import sized for print, all in workers.
    expect(r.backgroundTasks).toMatchObject({ readImport: 1, exportDocx: 1 });
    expect(r.backgroundTasks.sizePhotoForPrint).toBeGreaterThanOrEqual(photos);
    expect(r.saveMs.length).toBeGreaterThan(10);
    expect(r.mainThreadCpuShare).toBeLessThan(0.1);
    // A machine too loaded to run the thread for 100 ms may leave a few saves without a tick; a save on it, all.
    expect(r.blockedSlowSaves).toBeLessThanOrEqual(Math.max(1, r.slowSaves / 4));
    expect(r.delayP99Ms).toBeLessThan(1_000);
    expect(Math.max(...r.saveMs)).toBeLessThan(2_000);
  }, 300_000);
});
