import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EditorStateJSON, SerializedNodeJSON } from '../core/document/editor-json';
import { createDispatcher } from '../electron/api/dispatch';
import { createServices } from '../electron/services/api-handlers';
import { folderDialogs } from '../electron/services/dialogs';
import { insideFolder } from '../electron/services/home-folder';
import { RecentFiles } from '../electron/services/recent-files';
import { ReportFile } from '../electron/store/report-file';
import { largeReport } from '../tests/fixtures/large-report';

const SNAPSHOTS_MEASURED = 100;
const SNAPSHOTS_LISTED = 500;
const LIST_TARGET_MS = 200;

/** One paragraph of the report edited, as between two snapshots ten minutes of writing apart. */
function edited(doc: EditorStateJSON, round: number): EditorStateJSON {
  const children = [...(doc.root.children ?? [])];
  const at = (round * 37) % children.length;
  const block = children[at]!;
  const text: SerializedNodeJSON = {
    type: 'text',
    text: `第 ${round} 次修改的段落。`,
    version: 1,
    format: 0,
    detail: 0,
    mode: 'normal',
    style: '',
  };
  children[at] = block.type === 'paragraph' ? { ...block, children: [text] } : block;
  return { root: { ...doc.root, children } };
}

const storedBytes = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    const blocks = db
      .prepare('SELECT coalesce(sum(length(json) + length(key)), 0) FROM snapshot_blocks')
      .pluck()
      .get() as number;
    const lists = db
      .prepare('SELECT coalesce(sum(length(block_keys) + length(root)), 0) FROM snapshots')
      .pluck()
      .get() as number;
    return blocks + lists;
  } finally {
    db.close();
  }
};

/**
 * 历史版本 on a report three times the seed: what each snapshot adds to the file after one
 * paragraph changed (the whole document's JSON, as earlier builds stored, for comparison),
 * and how long 历史版本 takes to list 500 snapshots through the API (target < 200 ms).
 */
export async function historyBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-history-'));
  try {
    const { doc } = await largeReport({ photoCount: 10 });
    const path = join(dir, '历史.nianbao');
    const file = await ReportFile.create(path, {
      title: '历史版本基准',
      organisation: '基准',
      year: 2025,
      kind: 'bureau',
    });
    let current = doc;
    file.saveDocument(current);
    file.takeSnapshot('named', '初稿');
    const before = storedBytes(path);
    for (let round = 1; round <= SNAPSHOTS_MEASURED; round += 1) {
      current = edited(current, round);
      file.saveDocument(current);
      file.takeSnapshot('export');
    }
    const perSnapshot = (storedBytes(path) - before) / SNAPSHOTS_MEASURED;
    const whole = JSON.stringify(current).length;
    console.log(
      `${SNAPSHOTS_MEASURED} snapshots of a ${(whole / 1e6).toFixed(2)} MB document, one paragraph changed each: ` +
        `${(perSnapshot / 1024).toFixed(1)} KB per snapshot, ` +
        `${((100 * perSnapshot) / whole).toFixed(1)}% of a whole copy`,
    );
    for (let round = SNAPSHOTS_MEASURED + 1; file.snapshots().length < SNAPSHOTS_LISTED; round += 1) {
      current = edited(current, round);
      file.saveDocument(current);
      file.takeSnapshot('export');
    }
    file.close();

    const services = createServices({
      shell: 'harness',
      version: 'bench',
      dialogs: folderDialogs(dir),
      paths: insideFolder(dir),
      recent: new RecentFiles(join(dir, 'recent.json')),
    });
    const dispatch = createDispatcher(services.handlers);
    await dispatch('report.open', { path });
    const times: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const t0 = performance.now();
      const res = await dispatch('history.list', {});
      times.push(performance.now() - t0);
      if (!res.ok) throw new Error(res.error.message);
    }
    services.shutdown();
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `listing ${SNAPSHOTS_LISTED}+ snapshots (history.list): ` +
        `median ${sorted[3]!.toFixed(1)} ms, worst ${sorted[6]!.toFixed(1)} ms (target < ${LIST_TARGET_MS} ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
