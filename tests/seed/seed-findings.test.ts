import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Finding, runChecks } from '../../core/check/index';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';
import { SEED_PATH } from './seed-path';

interface Reviewed {
  rule: string;
  excerpt: string;
  trueFinding: boolean;
  review: string;
}

const seed = readFileSync(SEED_PATH, 'utf8');
const reviewed = (
  JSON.parse(readFileSync(new URL('./changji-findings.json', import.meta.url), 'utf8')) as { findings: Reviewed[] }
).findings;
const imported = importText(seed);
const findings = runChecks(buildReportTree(imported.document), { importNotes: imported.notes });
const key = (f: { rule: string; excerpt: string }) => `${f.rule} ${f.excerpt}`;
const verdicts = new Map(reviewed.map((r) => [key(r), r.trueFinding]));

function one(rule: Finding['rule'], excerptPart: string): Finding {
  const hits = findings.filter(
    (f) => f.rule === rule && (f.excerpt.includes(excerptPart) || f.message.includes(excerptPart)),
  );
  expect(hits, `${rule} on ${excerptPart}`).toHaveLength(1);
  return hits[0]!;
}

describe('体检 on the seed report (tests/seed/changji-findings.json, reviewed by hand)', () => {
  it('finds every mistake the issue names from the seed, each by its own rule', () => {
    expect(one('doubled-word', '副校长校长').message).toContain('校长');
    expect(one('doubled-word', '学生学学习').message).toContain('学');
    expect(one('doubled-measure-word', '万册册').suggestion).toContain('29.78万册');
    expect(one('stray-latin-word', '精神 and 表彰').suggestion).toBe('和');
    expect(one('impossible-date', '10月59日').severity).toBe('error');
    expect(one('total-differs-from-parts', '教学成果奖 11 项').message).toContain('9');
    const slip = one('unit-slip', '29042万元');
    expect(slip.message).toContain('10000');
    expect(slip.suggestion).toContain('2.9万元');
    expect(slip.location.headingPath).toEqual(['1 基本情况', '1.2 设施设备']);
    const rate = one('inconsistent-value', '就业率');
    expect(rate.message).toMatch(/96%以上.*98%/);
    const zhundong = one('inconsistent-value', '入驻准东产业学院');
    for (const n of ['3300', '4000', '6000']) expect(zhundong.message).toContain(n);
    expect(zhundong.severity).toBe('warning');
  });

  it(
    'leaves the seed’s correct figures alone: 生师比 12.2:1, 师生比 1:159, 就业率 98%, 64.7%, 21%, ' +
      '中职6所（…各1所）, SYB, PLC, CAD, 3D, 1+X',
    () => {
      expect(findings.filter((f) => f.rule === 'ratio-mismatch' || f.rule === 'list-count-differs')).toEqual([]);
      expect(findings.filter((f) => f.rule === 'unit-slip')).toHaveLength(1);
      expect(
        findings
          .filter((f) => f.rule === 'stray-latin-word')
          .map((f) => f.excerpt)
          .join(),
      ).not.toMatch(/SYB|PLC|CAD|3D|1\+X/);
    },
  );

  it('keeps precision at 90% or better: findings not in the reviewed list count as false alarms', () => {
    const trueOnes = findings.filter((f) => verdicts.get(key(f)) === true).length;
    const unreviewed = findings.filter((f) => !verdicts.has(key(f))).map(key);
    expect(trueOnes / findings.length, `unreviewed: ${unreviewed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });

  it('still finds every finding reviewed as true', () => {
    const now = new Set(findings.map(key));
    expect(reviewed.filter((r) => r.trueFinding && !now.has(key(r))).map(key)).toEqual([]);
  });

  it('locates each finding at a block of the report tree, under its numbered heading', () => {
    const located = findings.filter((f) => f.location.blockPath.length > 0);
    expect(located.length).toBeGreaterThan(findings.length - 3);
    expect(one('doubled-word', '副校长校长').location.headingPath).toEqual([
      '2 人才培养质量',
      '2.1 学生发展',
      '2.1.2 立德树人',
    ]);
  });
});
