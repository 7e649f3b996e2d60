import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { seedSizedDocx } from './import-docx-source';

const root = resolve(import.meta.dirname, '..');
const seedPath = resolve(root, '../shared/seed/changji-2025-report.txt');
const RUNS = 3;

interface ChildFigures {
  ms: number;
  maxRssMB: number;
  notes: number;
  figuresWithPhoto: number;
}

function importOnce(input: string, output: string, mode = ''): ChildFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/import-child.ts'), input, output, mode], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildFigures;
}

/** Median by time over RUNS separate processes; the time is taken inside the process (no start-up), peak RSS is the whole process's. */
function measure(input: string, output: string, mode = ''): ChildFigures {
  const runs = Array.from({ length: RUNS }, () => importOnce(input, output, mode)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(RUNS / 2)]!;
}

/**
 * pandoc's docx → AST. Plain `-t json` never inflates the pictures (its zip reading is lazy and
 * the AST names them only); with `--extract-media` it reads every picture out, as an import must.
 */
function pandoc(input: string, media: 'skipped' | 'extracted'): { ms: number; maxRssMB: number } | string {
  if (spawnSync('pandoc', ['--version']).status !== 0) return 'pandoc not installed (apt-get install pandoc): reference skipped';
  const times: { ms: number; maxRssMB: number }[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const mediaDir = mkdtempSync(join(tmpdir(), 'nianbao-pandoc-media-'));
    const extract = media === 'extracted' ? [`--extract-media=${mediaDir}`] : [];
    // GNU time's %e is wall seconds, %M peak resident KB.
    const res = spawnSync('/usr/bin/time', ['-f', '%e %M', 'pandoc', '-f', 'docx', '-t', 'json', ...extract, '-o', '/dev/null', input], { encoding: 'utf8' });
    rmSync(mediaDir, { recursive: true, force: true });
    const [sec, kb] = res.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
    times.push({ ms: Math.round(sec * 1000), maxRssMB: Math.round(kb / 1024) });
  }
  return times.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
}

function versus(ms: number, ref: ReturnType<typeof pandoc>, what: string): string {
  return typeof ref === 'string' ? ref : `${what}: ${ref.ms} ms, peak RSS ${ref.maxRssMB} MB → ${(ms / ref.ms).toFixed(1)}× its time`;
}

/** Import of the seed text and of a seed-sized .docx with 53 photos; pandoc's docx → AST as the reference. */
export async function importBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-bench-'));
  try {
    const text = measure(seedPath, join(dir, 'text.nianbao'));
    console.log(`seed text (${(statSync(seedPath).size / 1024).toFixed(0)} KB): ${text.ms} ms, peak RSS ${text.maxRssMB} MB, ${text.notes} notes (median of ${RUNS} processes)`);

    const { bytes, photos } = await seedSizedDocx(readFileSync(seedPath, 'utf8'));
    const docx = join(dir, 'seed.docx');
    writeFileSync(docx, bytes);
    const before = measure(docx, join(dir, 'docx.nianbao'), 'one-at-a-time');
    console.log(`seed-sized docx (${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${photos} photos 2000×1500), photos one at a time (before): ${before.ms} ms, peak RSS ${before.maxRssMB} MB`);
    const d = measure(docx, join(dir, 'docx.nianbao'));
    console.log(`seed-sized docx, ${availableParallelism()} photos at once (after): ${d.ms} ms, peak RSS ${d.maxRssMB} MB, ${d.figuresWithPhoto} figures with photo (photo intake included) → ${(before.ms / d.ms).toFixed(2)}× faster`);

    const s = measure(docx, join(dir, 'docx.nianbao'), 'structure-only');
    console.log(`  of which reading + recognition (every photo inflated and hashed, not re-encoded; no report written): ${s.ms} ms, peak RSS ${s.maxRssMB} MB`);
    const extracted = pandoc(docx, 'extracted');
    console.log(`  reference (target ≤ 1×, process start-up included in pandoc's time):`);
    console.log(`    reading + recognition vs ${versus(s.ms, extracted, 'pandoc -t json --extract-media (pictures read out)')}`);
    console.log(`    reading + recognition vs ${versus(s.ms, pandoc(docx, 'skipped'), 'pandoc -t json (pictures never inflated)')}`);
    console.log(`    whole import (53 photos re-encoded: pandoc has no such step) vs ${versus(d.ms, extracted, 'pandoc --extract-media')}`);

    // What Word itself writes: pictures compressed to 220 ppi (about 1300 px wide at quality 80)
    // fit print already and are kept as they are, metadata removed, without re-encoding.
    const word = await seedSizedDocx(readFileSync(seedPath, 'utf8'), { width: 1300, height: 975, quality: 80 });
    const wordDocx = join(dir, 'word.docx');
    writeFileSync(wordDocx, word.bytes);
    const w = measure(wordDocx, join(dir, 'word.nianbao'));
    console.log(`docx as Word saves it (${(word.bytes.length / 1024 / 1024).toFixed(1)} MB, ${word.photos} photos 1300×975 q80): whole import ${w.ms} ms, peak RSS ${w.maxRssMB} MB, ${w.figuresWithPhoto} figures with photo`);
    console.log(`  vs ${versus(w.ms, pandoc(wordDocx, 'extracted'), 'pandoc --extract-media')}; vs ${versus(w.ms, pandoc(wordDocx, 'skipped'), 'pandoc -t json')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
