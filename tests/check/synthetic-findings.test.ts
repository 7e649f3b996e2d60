import { describe, expect, it } from 'vitest';
import { type Finding, runChecks } from '../../core/check/index';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';
import { syntheticReport } from '../fixtures/synthetic-report';

const report = syntheticReport();
const imported = importText(report.text);
const findings = runChecks(buildReportTree(imported.document), { importNotes: imported.notes });
const matches = (f: Finding, p: { rule: string; excerpt: string }) =>
  f.rule === p.rule && f.excerpt.includes(p.excerpt);

describe('体检 on the synthetic report (its planted mistakes: tests/fixtures/synthetic-report.ts)', () => {
  it('finds each planted mistake once, by its own rule', () => {
    const found = report.planted.map((p) => ({ ...p, found: findings.filter((f) => matches(f, p)).length }));
    expect(found).toEqual(report.planted.map((p) => ({ ...p, found: 1 })));
    expect(new Set(report.planted.map((p) => p.rule)).size).toBeGreaterThanOrEqual(14);
  });

  it('finds nothing else: every finding is planted, a figure waiting for its photo, or an import note', () => {
    const other = findings.filter((f) => f.rule !== 'figure-without-photo' && f.rule !== 'import-note');
    const unplanted = other.filter((f) => !report.planted.some((p) => matches(f, p)));
    expect(unplanted.map((f) => `${f.rule} ${f.excerpt}`)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'figure-without-photo')).toHaveLength(53);
    // Every note but the captions without photos (the figure rule says that) is shown, once.
    const { 'caption-without-photo': _captions, ...shown } = report.notes;
    const notes = Object.values(shown).reduce((sum, n) => sum + n, 0);
    expect(findings.filter((f) => f.rule === 'import-note')).toHaveLength(notes);
  });

  it('says what is wrong in each planted finding: the sums, the expected figure, the place', () => {
    const one = (rule: Finding['rule'], part: string) => findings.find((f) => matches(f, { rule, excerpt: part }))!;
    expect(one('total-differs-from-parts', '奖项 48 项').message).toContain('45');
    expect(one('unit-slip', '30000 万元').suggestion).toContain('3万元');
    expect(one('unit-slip', '30000 万元').location.headingPath).toEqual(['1 基本情况', '1.2 办学条件']);
    expect(one('inconsistent-value', '就业率').message).toMatch(/98%.*96%/);
    expect(one('inconsistent-value', '入驻锦川现代产业学院').message).toMatch(/3100余名.*2600余名/);
    expect(one('list-count-differs', '3 个').message).toContain('4');
    expect(one('stray-latin-word', 'and').suggestion).toBe('和');
    expect(one('doubled-measure-word', '万册册').suggestion).toContain('21.78 万册');
  });

  it('locates each finding at a block of the report tree, all but those on the source as a whole', () => {
    const unplaced = findings.filter((f) => f.location.blockPath.length === 0);
    expect(unplaced.map((f) => f.rule)).toEqual(['import-note']);
    expect(unplaced[0]!.excerpt).toContain(report.cover[0]);
  });
});
