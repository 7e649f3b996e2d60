import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { editDocx } from '../tests/import/edit-docx';

const root = resolve(import.meta.dirname, '..');
/** An import still running after this long is stopped and reported as such (the quadratic passes took minutes). */
const TIMEOUT_MS = 400_000;

interface Input {
  name: string;
  file: string;
  content: string | Buffer;
}

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** A small .docx with `xml` put first in its body, or first in its one paragraph. */
async function docxWith(xml: string, where: '<w:body>' | '<w:p>' = '<w:body>'): Promise<Buffer> {
  const base = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('一、基本情况')] }] }));
  return editDocx(base, { 'word/document.xml': (doc) => doc.replace(where, `${where}${xml}`) });
}

/** The inputs issue #23 measured, each harmless but once slow for its size, or too large to hold. */
async function inputs(): Promise<Input[]> {
  const n = 100_000;
  const cases = lines(50_000, (i) => `【案例${i + 1}】标题\n正文。\n图${i + 1} 照片`);
  const deepList = lines(3000, (i) => `${' '.repeat(i * 2)}- 第${i + 1}项`);
  const nested = `${'<x:a xmlns:x="urn:x">'.repeat(n)}${'</x:a>'.repeat(n)}`;
  const longParagraph = `<w:p><w:r><w:t>${'学'.repeat(10_000)}</w:t></w:r></w:p>`;
  const joined = lines(20_000, () => '学校开展实践活动学生积极参与'.repeat(7));
  const drawings = '<w:r><w:drawing/></w:r>'.repeat(n);
  const breaks = '<w:r><w:t>甲</w:t></w:r><w:br/>'.repeat(n);
  return [
    { name: '20,000 identical lines', file: 'same.txt', content: '学校开展实践活动\n'.repeat(20_000) },
    { name: '100,000 identical lines', file: 'same-100k.txt', content: '学校开展实践活动\n'.repeat(n) },
    { name: '50,000 【案例N】 blocks', file: 'cases.txt', content: cases },
    { name: '"#" and 100,000 spaces', file: 'hash.txt', content: `#${' '.repeat(n)}学校概况\n正文。` },
    { name: '100 KB of "[" in Markdown', file: 'brackets.md', content: '['.repeat(n) },
    { name: 'a Markdown list 3,000 deep', file: 'list.md', content: deepList },
    { name: '20,000 Markdown lines joined', file: 'joined.md', content: joined },
    { name: '100,000 nested namespace declarations', file: 'nested.docx', content: await docxWith(nested) },
    { name: '100 million characters', file: 'long.docx', content: await docxWith(longParagraph.repeat(10_000)) },
    { name: '100,000 empty drawings', file: 'drawings.docx', content: await docxWith(drawings, '<w:p>') },
    { name: 'a paragraph of 100,000 lines', file: 'breaks.docx', content: await docxWith(breaks, '<w:p>') },
  ];
}

/** One import in a process of its own (bench/pathological-child.ts): its figures, or why there are none. */
function importOnce(input: string, output: string): string {
  const child = join(root, 'bench/pathological-child.ts');
  const options = { cwd: root, encoding: 'utf8', timeout: TIMEOUT_MS } as const;
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, input, output], options);
  if (run.error) return `stopped after ${TIMEOUT_MS / 1000} s`;
  if (run.status !== 0) return `exit ${run.status}: ${run.stderr.trim().split('\n').pop()}`;
  const figures = JSON.parse(run.stdout.trim().split('\n').pop()!) as { ms: number; maxRssMB: number; outcome: string };
  return `${figures.ms} ms, peak RSS ${figures.maxRssMB} MB, ${figures.outcome}`;
}

/** Imports of pathological input, a process each: time, peak memory, and whether each imported or was refused. */
export async function pathologicalImportBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pathological-'));
  try {
    for (const { name, file, content } of await inputs()) {
      const input = join(dir, file);
      writeFileSync(input, content);
      const size = `${(statSync(input).size / 1024).toFixed(0)} KB`;
      console.log(`${name} (${size}): ${importOnce(input, join(dir, 'out.nianbao'))}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
