import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorStateSchema } from '../../core/document/editor-json';
import { ReportError } from '../../core/errors';
import { importToNewReport } from '../../electron/import/import-to-report';
import { tempDir } from '../helpers/files';
import { sampleDocx, schoolCasesDocx } from './docx-fixture';
import { type Random, seeded } from '../helpers/random';
import { type Mutant, damageEntry, damageText, flipBytes, truncate } from './mutants';

// Issue #23 "Must hold": whatever a damaged or hostile file holds, an import ends in a report or a
// ReportError the user can act on, never a crash, a hang or 程序内部错误. Seeded, so a failure can
// be run again; the mutant it names says what was done to which fixture.

const SEED = 23;
/** Far above any import of these small fixtures (a tenth of a second); an import that hangs passes it. */
const MAX_IMPORT_MS = 10_000;
const meta = { organisation: '学校', year: 2025, kind: 'school' as const };
/** Each fuzz run's own bound; both together take about 20 s on two busy cores. */
const RUN = { timeout: 120_000 };

const TEXT = [
  '某某职业技术学校质量年度报告',
  '（2025年）',
  '前　言',
  '学校坚持立德树人，2025年在校生3200人。',
  '一、基本情况',
  '（一）办学规模',
  '学校现有专任教师210人，其中“双师型”教师占比65%。全年开展社会培训',
  '12000人次，服务地方产业发展。',
  '- 3 -',
  '【案例1】校企合作育人',
  '学校与园区企业共建实训基地，学生在真实岗位中学习。',
  '［照片待补］ ［照片待补］',
  '图1 学生在实训基地　图2 企业导师指导',
  '二、人才培养质量',
  '专业\t招生人数\t就业率',
  '现代农业\t320\t96%',
  '先进制造\t415\t98%',
  '1. 第一条内容。',
  '2. 第二条内容。',
].join('\n');

const MARKDOWN = [
  '# 某某职业技术学校质量年度报告',
  '## 一、基本情况 {#basic}',
  '学校现有在校生3200人[^1]，开设 **专业** 24 个，详见[官网](https://example.org "官网")。',
  '[^1]: 数据来源：2025年教育事业统计。',
  '- 现代农业',
  '  - 设施农业',
  '    1. 智能温室',
  '| 专业 | 招生 |',
  '|---|---|',
  '| 现代农业 | 320 |',
  '【案例1】产教融合',
  '![图1 实训基地](images/photo1.jpg)',
  '`代码` 与 ~~删除~~ 以及 <span>标签</span>',
  '',
  '```',
  '保留的代码块',
  '```',
].join('\n');

interface Fixture {
  name: string;
  bytes: Buffer;
  count: number;
  mutate: (bytes: Buffer, random: Random) => Mutant | Promise<Mutant>;
}

/** Damage of the kinds a file of `ext` meets: its bytes (flipped, cut), and inside it. */
function mutations(ext: string): Fixture['mutate'] {
  return (bytes, random) => {
    const way = Math.floor(random() * 3);
    if (way === 0) return flipBytes(bytes, random);
    if (way === 1) return truncate(bytes, random);
    return ext === '.docx' ? damageEntry(bytes, random) : damageText(bytes.toString('utf8'), random);
  };
}

/** Imports `input` into a new report: 'imported', 'refused' with a clear error, or what went wrong. */
async function importOnce(input: string, output: string): Promise<string> {
  try {
    const { file, result } = await importToNewReport(input, output, meta, { overwrite: true });
    file.close();
    return editorStateSchema.safeParse(result.document).success ? 'imported' : 'a document the editor cannot save';
  } catch (err) {
    if (!(err instanceof ReportError)) return err instanceof Error ? (err.stack ?? err.message) : String(err);
    // A clear error: one of the project's own, never 程序内部错误, saying in Chinese what is wrong.
    const clear = err.error.code !== 'INTERNAL' && /[\u4e00-\u9fff]/.test(err.error.message);
    return clear ? 'refused' : err.message;
  }
}

/** Imports each mutant of each fixture into a report; returns what went wrong, and the slowest import. */
async function fuzz(fixtures: readonly Fixture[]): Promise<{ problems: string[]; slowest: number; imported: number }> {
  const random = seeded(SEED);
  const dir = tempDir();
  const problems: string[] = [];
  let [slowest, imported] = [0, 0];
  for (const fixture of fixtures) {
    const ext = fixture.name.slice(fixture.name.lastIndexOf('.'));
    for (let i = 0; i < fixture.count; i += 1) {
      const mutant = await fixture.mutate(fixture.bytes, random);
      const named = `${fixture.name} #${i}: ${mutant.what}`;
      const input = join(dir, `mutant${ext}`);
      const output = join(dir, 'mutant.nianbao');
      writeFileSync(input, mutant.bytes);
      const started = performance.now();
      const outcome = await importOnce(input, output);
      slowest = Math.max(slowest, performance.now() - started);
      if (outcome === 'imported') imported += 1;
      else if (outcome !== 'refused') problems.push(`${named}: ${outcome}`);
      rmSync(output, { force: true });
    }
  }
  return { problems, slowest, imported };
}

describe('fuzzed imports: damaged copies of the project’s own fixtures', () => {
  it('turns 400 damaged Word files into reports or clear errors, each in bounded time', RUN, async () => {
    const docx = mutations('.docx');
    const { problems, slowest, imported } = await fuzz([
      { name: 'sample.docx', bytes: await sampleDocx(), count: 200, mutate: docx },
      { name: 'cases.docx', bytes: await schoolCasesDocx(), count: 200, mutate: docx },
    ]);
    expect(problems).toEqual([]);
    expect(slowest).toBeLessThan(MAX_IMPORT_MS);
    // Most damage is survivable: a fuzzer whose every mutant is refused at the door tests nothing.
    expect(imported).toBeGreaterThan(100);
  });

  it('turns 200 damaged text and Markdown files into reports or clear errors, each in bounded time', RUN, async () => {
    const { problems, slowest, imported } = await fuzz([
      { name: 'report.txt', bytes: Buffer.from(TEXT), count: 100, mutate: mutations('.txt') },
      { name: 'report.md', bytes: Buffer.from(MARKDOWN), count: 100, mutate: mutations('.md') },
    ]);
    expect(problems).toEqual([]);
    expect(slowest).toBeLessThan(MAX_IMPORT_MS);
    expect(imported).toBeGreaterThan(120);
  });
});
