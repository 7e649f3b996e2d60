import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importText } from '../core/import/text-import';
import { reportMetaSchema } from '../core/report-meta';
import { chromiumPath } from '../electron/export/chromium-pdf-printer';
import { printResources } from '../electron/export/print-resources';
import { metaFromSource } from '../electron/import/import-to-report';
import { printWithPhotos } from '../tests/import/printed-pdf';
import { seedSizedDocx } from './import-docx-source';
import { benchReport } from './report-text';

const root = resolve(import.meta.dirname, '..');
const RUNS = 3;

/** What bench/import-child.ts prints. */
interface ChildFigures {
  /** Until the report is written and can open in the editor, its photos listed to read from the source. */
  ms: number;
  /** Then, the photos read out of the source into the report, as the app does once it is open. */
  photosReadMs: number;
  /** The same import again in that process, as the app's second import of a session. */
  warmMs: number;
  maxRssMB: number;
  notes: number;
  figuresWithPhoto: number;
  /**
   * Photos kept as imported, then sized for print (oriented, sized, re-encoded) one at a time, as the app does while
   * the user works.
   */
  stillToSize: number;
  sizedMs: number;
  sizedRssMB: number;
  photoMB: number;
  fileMB: number;
}

/** 'app': after the small import the app runs at start (warmUpImport); 'cold': the first import in a new process. */
type Mode = 'app' | 'cold';

function importOnce(input: string, output: string, mode: Mode): ChildFigures {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'bench/import-child.ts'), input, output, mode],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as ChildFigures;
}

/**
 * The median over RUNS processes of one part of the import alone: the docx read into its model (the floor
 * under any import built on it), or the pictures inflated (the floor under any import that reads them).
 */
function partMs(input: string, part: 'tree' | 'warm' | 'media'): number {
  const runs = Array.from({ length: RUNS }, () =>
    Number(
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/docx-tree-child.ts'), input, part], {
        cwd: root,
        encoding: 'utf8',
      }).trim(),
    ),
  );
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/**
 * Median by time over RUNS separate processes; the time is taken inside the process (no start-up), peak RSS is the
 * whole process's.
 */
function measure(input: string, output: string, mode: Mode = 'app'): ChildFigures {
  const runs = Array.from({ length: RUNS }, () => importOnce(input, output, mode)).sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(RUNS / 2)]!;
}

function describeDocx(what: string, f: ChildFigures, cold: ChildFigures): string {
  return [
    `${what}: ready to edit in ${f.ms} ms as the app runs it (its import code warmed at start), ` +
      `peak RSS ${f.maxRssMB} MB, ${f.figuresWithPhoto} figures with photo`,
    `  the first import in a new process (code cold): ${cold.ms} ms; ` +
      `the same import again in one process: ${f.warmMs} ms`,
    `  then, in the background, the photos read out of the .docx into the report: ` +
      `${f.photosReadMs} ms (${f.stillToSize} kept as imported)`,
    `  then the photos sized for print (on all cores but one, at most 3): ${(f.sizedMs / 1000).toFixed(1)} s, ` +
      `peak RSS ${f.sizedRssMB} MB, photos ${f.photoMB} MB in a report file of ${f.fileMB} MB`,
  ].join('\n');
}

/**
 * pandoc's docx → AST. Plain `-t json` never inflates the pictures (its zip reading is lazy and
 * the AST names them only); with `--extract-media` it reads every picture out, as an import must.
 */
function pandoc(input: string, media: 'skipped' | 'extracted'): { ms: number; maxRssMB: number } | string {
  if (spawnSync('pandoc', ['--version']).status !== 0)
    return 'pandoc not installed (apt-get install pandoc): reference skipped';
  const times: { ms: number; maxRssMB: number }[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const mediaDir = mkdtempSync(join(tmpdir(), 'nianbao-pandoc-media-'));
    const extract = media === 'extracted' ? [`--extract-media=${mediaDir}`] : [];
    // GNU time's %e is wall seconds, %M peak resident KB.
    const res = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %M', 'pandoc', '-f', 'docx', '-t', 'json', ...extract, '-o', '/dev/null', input],
      { encoding: 'utf8' },
    );
    rmSync(mediaDir, { recursive: true, force: true });
    const [sec, kb] = res.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
    times.push({ ms: Math.round(sec * 1000), maxRssMB: Math.round(kb / 1024) });
  }
  return times.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
}

function versus(ms: number, ref: ReturnType<typeof pandoc>, what: string): string {
  return typeof ref === 'string'
    ? ref
    : `${what}: ${ref.ms} ms, peak RSS ${ref.maxRssMB} MB → ${(ms / ref.ms).toFixed(1)}× its time`;
}

/** Import of a seed-sized report's text, and of a .docx of it with 53 photos; pandoc's docx → AST as the reference. */
export async function importBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-bench-'));
  try {
    const report = benchReport();
    console.log(`report: ${report.label}`);
    const textPath = join(dir, 'report.txt');
    writeFileSync(textPath, report.text);
    const text = measure(textPath, join(dir, 'text.nianbao'));
    console.log(
      `its text (${(statSync(textPath).size / 1024).toFixed(0)} KB): ${text.ms} ms, peak RSS ${text.maxRssMB} MB, ` +
        `${text.notes} notes (median of ${RUNS} processes)`,
    );

    const { bytes, photos } = await seedSizedDocx(report.text);
    const docx = join(dir, 'seed.docx');
    writeFileSync(docx, bytes);
    const d = measure(docx, join(dir, 'docx.nianbao'));
    console.log(
      describeDocx(
        `seed-sized docx (${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${photos} photos 2000×1500 q90)`,
        d,
        measure(docx, join(dir, 'docx.nianbao'), 'cold'),
      ),
    );
    console.log(`  reference (target ≤ 1×; pandoc's time includes its process start-up, ours does not):`);
    console.log(
      `    ready to edit vs ${versus(d.ms, pandoc(docx, 'skipped'), 'pandoc -t json (pictures never inflated)')}`,
    );
    console.log(
      `    ready to edit vs ` +
        `${versus(d.ms, pandoc(docx, 'extracted'), 'pandoc -t json --extract-media (pictures read out)')}`,
    );
    const tree = partMs(docx, 'tree');
    console.log(
      `    the docx → its typed model alone (pictures not read, nothing written): ${tree} ms; ` +
        `${versus(tree, pandoc(docx, 'skipped'), 'pandoc -t json')}`,
    );
    // pandoc -t json does this much and no more: what is left of our time is JIT warm-up and the photos.
    const warm = partMs(docx, 'warm');
    console.log(
      `    the same, the second time in one process (the code compiled): ${warm} ms; ` +
        `${versus(warm, pandoc(docx, 'skipped'), 'pandoc -t json')}`,
    );
    const media = partMs(docx, 'media');
    console.log(
      `    the pictures inflated alone (zlib, both cores; nothing else): ${media} ms; ` +
        `${versus(media, pandoc(docx, 'skipped'), 'pandoc -t json')}`,
    );

    // What Word itself writes: pictures compressed to 220 ppi (about 1300 px wide at quality 80),
    // which sizing for print keeps as they are, metadata removed, without re-encoding.
    const word = await seedSizedDocx(report.text, { width: 1300, height: 975, quality: 80 });
    const wordDocx = join(dir, 'word.docx');
    writeFileSync(wordDocx, word.bytes);
    const w = measure(wordDocx, join(dir, 'word.nianbao'));
    console.log(
      describeDocx(
        `docx as Word saves it (${(word.bytes.length / 1024 / 1024).toFixed(1)} MB, ` +
          `${word.photos} photos 1300×975 q80)`,
        w,
        measure(wordDocx, join(dir, 'word.nianbao'), 'cold'),
      ),
    );
    console.log(`    ready to edit vs ${versus(w.ms, pandoc(wordDocx, 'skipped'), 'pandoc -t json')}`);
    console.log(`    ready to edit vs ${versus(w.ms, pandoc(wordDocx, 'extracted'), 'pandoc --extract-media')}`);
    const wordTree = partMs(wordDocx, 'tree');
    console.log(
      `    the docx → its typed model alone: ${wordTree} ms; ` +
        `${versus(wordTree, pandoc(wordDocx, 'skipped'), 'pandoc -t json')}`,
    );
    const wordWarm = partMs(wordDocx, 'warm');
    console.log(
      `    the same, the second time in one process: ${wordWarm} ms; ` +
        `${versus(wordWarm, pandoc(wordDocx, 'skipped'), 'pandoc -t json')}`,
    );
    const wordMedia = partMs(wordDocx, 'media');
    console.log(
      `    the pictures inflated alone: ${wordMedia} ms; ` +
        `${versus(wordMedia, pandoc(wordDocx, 'skipped'), 'pandoc -t json')}`,
    );

    await pdfBench(report.text, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Last year's report as the PDF 年报工坊 prints (53 photos at the size Word saves them), imported; poppler's tools as the
 * reference.
 */
async function pdfBench(text: string, dir: string): Promise<void> {
  if (!existsSync(chromiumPath()))
    return console.log(`seed-sized PDF: skipped, no Chromium at ${chromiumPath()} to print it`);
  await printResources();
  const original = importText(text);
  const pdf = join(dir, 'seed.pdf');
  const meta = reportMetaSchema.parse(metaFromSource(original, { year: 2025 }, 'seed'));
  const { photos } = await printWithPhotos(original.document, meta, pdf, { width: 1300, height: 975 });
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1] ?? '?';
  const p = measure(pdf, join(dir, 'pdf.nianbao'));
  const cold = measure(pdf, join(dir, 'pdf.nianbao'), 'cold');
  console.log(
    `seed-sized PDF (${(statSync(pdf).size / 1024 / 1024).toFixed(1)} MB, ${pages} pages, ` +
      `${photos} photos 1300×975): ready to edit in ${p.ms} ms, peak RSS ${p.maxRssMB} MB, ` +
      `${p.figuresWithPhoto} figures with photo, ${p.notes} notes`,
  );
  console.log(
    `  the first import in a new process (code cold): ${cold.ms} ms; ` +
      `the same import again in one process: ${p.warmMs} ms`,
  );
  console.log(`  reference: ${poppler(pdf, dir)}`);
  // pandoc writes PDF but has no PDF reader: its --extract-media reference stands against the .docx imports above.
  console.log('  (pandoc reads no PDF: poppler is the reference here, pandoc --extract-media the .docx one above)');
}

/** poppler's pdftotext (text only) and pdfimages (photos written out as they are), as one run each, median of RUNS. */
function poppler(pdf: string, dir: string): string {
  if (spawnSync('pdftotext', ['-v']).status !== 0) return 'poppler-utils not installed: skipped';
  const ms = (args: string[]) => {
    const runs = Array.from({ length: RUNS }, () => {
      const started = performance.now();
      execFileSync(args[0]!, args.slice(1), { stdio: 'ignore' });
      return performance.now() - started;
    });
    return Math.round(runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
  };
  const text = ms(['pdftotext', '-enc', 'UTF-8', pdf, join(dir, 'pdf.txt')]);
  const images = ms(['pdfimages', '-all', pdf, join(dir, 'pdf-image')]);
  return (
    `pdftotext ${text} ms + pdfimages -all ${images} ms = ${text + images} ms ` +
    '(with process start-up; text and photo files only, no structure)'
  );
}
