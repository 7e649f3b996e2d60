import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { checkDocument } from '../../renderer/check/check-document';
import { reportMetaSchema } from '../../core/report-meta';

const meta = reportMetaSchema.parse({ title: '木垒县职业技术学校质量年度报告', organisation: '木垒县职业技术学校', year: 2025, kind: 'school' });

const doc = build.document([
  build.heading(1, '人才培养'),
  { ...build.paragraph('全校在校生'), children: [...build.paragraph('全校在校生').children!, build.dataField('students', '6531人')] },
  build.caseBlock('产教融合', [{ ...build.paragraph('获奖'), children: [...build.paragraph('获奖').children!, build.dataField('q-7', '［数据已删除］')] }]),
]);

describe('体检 of data fields', () => {
  it('finds a field whose quantity was deleted from 数据, in the block it stands in', () => {
    const findings = checkDocument({ json: doc, meta, ignored: [], dataIds: ['students'] }).filter((f) => f.rule === 'data-field-gone');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.location).toEqual({ headingPath: ['1 人才培养'], blockPath: [2, 1] });
    expect(findings[0]!.excerpt).toBe('获奖［数据已删除］');
    expect(findings[0]!.severity).toBe('error');
  });

  it('says nothing while every field names an item of 数据, or before 数据 is read', () => {
    expect(checkDocument({ json: doc, meta, ignored: [], dataIds: ['students', 'q-7'] }).filter((f) => f.rule === 'data-field-gone')).toEqual([]);
    expect(checkDocument({ json: doc, meta, ignored: [] }).filter((f) => f.rule === 'data-field-gone')).toEqual([]);
  });
});
