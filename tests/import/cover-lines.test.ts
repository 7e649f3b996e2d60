import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCover } from '../../core/import/cover-lines';
import { metaFromSource } from '../../electron/import/import-to-report';

describe('cover lines', () => {
  it('reads the seed’s cover: title, year, issuer and date', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../../shared/seed/changji-2025-report.txt'), 'utf8');
    const lines = seed.slice(0, seed.indexOf('前 言')).split('\n');
    expect(readCover(lines)).toEqual({ title: '昌吉州中等职业教育质量年度报告', year: 2025, issuer: '昌吉回族自治州教育局', issuedOn: '2025年12月', kind: 'bureau' });
  });

  it('tells a school from a bureau and takes the year from the date or the title when there is no year line', () => {
    expect(readCover(['木垒县职业技术学校', '2024年质量年度报告', '木垒县职业技术学校', '2024 年 12 月 30 日'])).toEqual({
      title: '木垒县职业技术学校',
      year: 2024,
      issuer: '木垒县职业技术学校',
      issuedOn: '2024年12月30日',
      kind: 'school',
    });
    expect(readCover(['某某学院质量报告（2023年）'])).toEqual({ title: '某某学院质量报告（2023年）', year: 2023 });
    expect(readCover(['  ', ''])).toBeNull();
  });

  it('lets what the user gave win over the cover, and the cover over defaults', () => {
    const cover = { title: '昌吉州中等职业教育质量年度报告', year: 2025, issuer: '昌吉回族自治州教育局', issuedOn: '2025年12月', kind: 'bureau' as const };
    const numbering = { headings: null, figures: null };
    expect(metaFromSource({ cover, numbering }, {}, 'seed')).toMatchObject({ title: cover.title, organisation: cover.issuer, year: 2025, kind: 'bureau', issuer: cover.issuer, issuedOn: '2025年12月' });
    expect(metaFromSource({ cover, numbering }, { year: 2026, kind: 'school', title: '新标题' }, 'seed')).toMatchObject({ title: '新标题', year: 2026, kind: 'school' });
    expect(metaFromSource({ cover: null, numbering }, {}, 'report')).toMatchObject({ title: 'report', organisation: '', kind: 'school', issuer: '' });
  });

  it('numbers the new report as the source typed its numbers, unless the caller chose', () => {
    const typed = { cover: null, numbering: { headings: 'chinese', figures: 'per-chapter' } as const };
    expect(metaFromSource(typed, {}, 'report')).toMatchObject({ headingNumbering: 'chinese', figureNumbering: 'per-chapter' });
    expect(metaFromSource(typed, { headingNumbering: 'decimal' }, 'report')).toMatchObject({ headingNumbering: 'decimal', figureNumbering: 'per-chapter' });
    const untyped = metaFromSource({ cover: null, numbering: { headings: null, figures: null } }, {}, 'report');
    expect([untyped.headingNumbering, untyped.figureNumbering]).toEqual([undefined, undefined]);
  });
});
