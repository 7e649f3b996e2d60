import { describe, expect, it } from 'vitest';
import { coverText, coverTitleSize } from '../../core/print/cover';
import { reportMetaSchema } from '../../core/report-meta';

const meta = reportMetaSchema.parse({
  title: '昌吉州中等职业教育质量年度报告',
  organisation: '昌吉州',
  year: 2025,
  kind: 'bureau',
});

describe('cover', () => {
  it('breaks the title before 质量年度报告 and defaults the issuer and date from the report', () => {
    expect(coverText(meta)).toEqual({
      titleLines: ['昌吉州中等职业教育', '质量年度报告'],
      yearLine: '（2025年）',
      issuer: '昌吉州',
      date: '2025年12月',
    });
  });

  it('leaves the year line out when the title names its year, and keeps one given after it', () => {
    expect(coverText({ ...meta, title: '某某职业技术学校2025年质量年度报告' })).toMatchObject({
      titleLines: ['某某职业技术学校2025年', '质量年度报告'],
      yearLine: '',
    });
    expect(coverText({ ...meta, title: '昌吉州中等职业教育质量年度报告（2025年）' }).yearLine).toBe('（2025年）');
  });

  it('prefers the report’s own cover settings to the export’s defaults', () => {
    const own = { ...meta, issuer: '昌吉回族自治州教育局', issuedOn: '2025年12月' };
    expect(coverText(own, { issuer: '别的单位', date: '2026年11月' })).toMatchObject({
      issuer: '昌吉回族自治州教育局',
      date: '2025年12月',
    });
    expect(coverText(meta, { date: '2026年11月' }).date).toBe('2026年11月');
  });
});

describe('the cover title size', () => {
  it('keeps the template size for a usual title and shrinks a long line until it fits on one line', () => {
    expect(coverTitleSize({ titleLines: ['昌吉州中等职业教育', '质量年度报告'] }, 22, 156)).toBe(32);
    const size = coverTitleSize({ titleLines: ['玛纳斯县职业技术学校职业教育', '质量年度报告'] }, 22, 156);
    expect(size).toBeLessThan(32);
    // 14 characters of `size` points fit the 156 mm line.
    expect((14 * size * 25.4) / 72).toBeLessThanOrEqual(156);
  });
});
