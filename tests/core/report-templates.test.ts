import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/check/index';
import { nodeText } from '../../core/document/editor-json';
import { NODE } from '../../core/document/nodes';
import { printHtml } from '../../core/print/print-html';
import { buildReportTree } from '../../core/report-tree';
import { reportMetaSchema } from '../../core/report-meta';
import { documentStats } from '../../core/stats';
import { computeData } from '../../core/data/compute';
import { addQuantities, changeQuantities, removeIndicators } from '../../core/data/edit';
import {
  dataForReport,
  reportTemplates,
  templateData,
  templateDocument,
  withStarterData,
} from '../../core/templates/report-templates';

const meta = reportMetaSchema.parse({
  title: '木垒县职业技术学校质量年度报告（2025年）',
  organisation: '木垒县职业技术学校',
  year: 2025,
  kind: 'school',
});

describe('新建报告 templates', () => {
  it('the school template follows the 2024 framework: seven parts, then the annexed tables', () => {
    const tree = buildReportTree(templateDocument('school')!);
    expect(tree.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      '人才培养',
      '服务贡献',
      '文化传承',
      '国际合作',
      '产教融合',
      '发展保障',
      '面临挑战',
      '附表',
    ]);
    expect(tree.cases.length).toBeGreaterThanOrEqual(3);
    expect(templateDocument('blank')).toBeNull();
  });

  it('the prefecture template has the outline of a prefecture report such as the Changji one', () => {
    const chapters = buildReportTree(templateDocument('prefecture')!)
      .headings.filter((h) => h.level === 1)
      .map((h) => h.text);
    expect(chapters).toEqual([
      '基本情况',
      '人才培养质量',
      '服务贡献质量',
      '文化传承质量',
      '国际合作质量',
      '产教融合质量',
      '发展保障',
      '特色发展质量',
      '挑战与展望',
    ]);
  });

  it('the prefecture template starts its 数据 with a region’s quantities, whose ratios no school standard judges', () => {
    const data = templateData('prefecture');
    expect(data.quantities.map((q) => q.name)).toEqual(
      expect.arrayContaining(['中职学校数', '在校生数', '专任教师数', '就业人数']),
    );
    // Changji's 2025 figures: 10 schools, 6531 students, 409 teachers.
    const filled = changeQuantities(data, [
      { ref: '中职学校数', value: 10 },
      { ref: '在校生数', value: 6531 },
      { ref: '专任教师数', value: 409 },
    ]);
    const view = computeData(filled);
    const byName = (name: string) => view.indicators.find((i) => i.name === name)!;
    expect(byName('校均在校生').text).toBe('653人');
    expect(byName('全州生师比').text).toBe('16.0:1');
    // 设置标准 lines are per school: a whole region's total is never 达标 or 未达标.
    expect(view.quantities.every((q) => q.threshold === null)).toBe(true);
    expect(view.indicators.every((i) => i.threshold === null)).toBe(true);
    expect(view.indicators.every((i) => !i.error)).toBe(true);
  });

  it('a report made blank, or before 数据, starts with its kind’s data: a 州/市’s region, a school’s own', () => {
    expect(dataForReport(null, 'bureau')).toEqual(templateData('prefecture'));
    expect(dataForReport(null, 'school')).toEqual(templateData('school'));
    const stored = changeQuantities(templateData('prefecture'), [{ ref: '在校生数', value: 6531 }]);
    expect(dataForReport(stored, 'bureau')).toBe(stored);
  });

  it('添加常用数据 adds what the kind starts with and the report lacks, never twice, never a broken formula', () => {
    const empty = { version: 1 as const, quantities: [], indicators: [] };
    expect(withStarterData(empty, 'bureau')).toEqual(templateData('prefecture'));
    // The writer's own 在校生数 (another id) is kept, not doubled; an indicator over a renamed quantity is left out.
    let mine = addQuantities(empty, [{ name: '在校生数', unit: '人', value: 6531 }]);
    mine = withStarterData(mine, 'bureau');
    mine = changeQuantities(mine, [{ ref: '中职学校数', name: '学校数' }]);
    mine = removeIndicators(mine, ['校均在校生'], { force: true });
    const again = withStarterData(mine, 'bureau');
    expect(again.quantities.filter((q) => q.name === '在校生数')).toEqual([expect.objectContaining({ value: 6531 })]);
    expect(again.quantities.map((q) => q.name)).not.toContain('中职学校数');
    expect(again.indicators.map((i) => i.name)).not.toContain('校均在校生');
    expect(again).toEqual(mine);
    expect(computeData(again).indicators.every((i) => !i.error)).toBe(true);
  });

  it('writing prompts are in the document, each with a line to write on, but never printed, counted or checked', () => {
    for (const id of ['school', 'prefecture'] as const) {
      const doc = templateDocument(id)!;
      const blocks = doc.root.children ?? [];
      const prompts = blocks
        .flatMap((b) => (b.type === NODE.case ? (b.children ?? []) : [b]))
        .filter((b) => b.type === NODE.writingPrompt);
      expect(prompts.length).toBe(reportTemplates[id].outline.filter((e) => 'prompt' in e && e.prompt).length);
      const promptTexts = prompts.map((p) => String(p.prompt));
      const tree = buildReportTree(doc);
      const html = printHtml(tree, meta, { imageUrl: (k: string) => k, fontCssUrl: 'f.css', pagedJsUrl: null });
      for (const text of promptTexts) expect(html).not.toContain(text.slice(0, 12));
      // Only the headings' and cases' own words count: the prompts add nothing.
      const words =
        tree.headings.reduce((n, h) => n + h.text.length, 0) +
        tree.cases.reduce((n, c) => n + c.title.replace(/\s/g, '').length, 0);
      expect(documentStats(doc, {}).chars).toBe(words);
      expect(
        runChecks(tree).filter((f) => promptTexts.some((t) => t.includes(f.excerpt.replace(/[…。]$/, '').slice(0, 6)))),
      ).toEqual([]);
      expect(blocks.map((b) => nodeText(b)).join('')).not.toContain('undefined');
    }
  });
});
