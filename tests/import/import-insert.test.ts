import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiValue } from '../../core/api';
import { NODE } from '../../core/document/nodes';
import { harnessServices } from '../assets/services';
import { sampleMeta, tempDir } from '../helpers/files';
import { sampleDocx } from './docx-fixture';

type Inserted = ApiValue<'import.insert'>;

async function openReport(dir: string) {
  const services = harnessServices(dir);
  const created = await services.dispatch('report.create', { path: join(dir, '州报告.nianbao'), meta: { ...sampleMeta, importNotes: [{ kind: 'cover-moved', text: '旧', message: '旧的提示' }] } });
  expect(created.ok).toBe(true);
  return services;
}

describe('import.insert: 插入文件 into the open report', () => {
  it('returns document blocks, stores the photos in the open report and appends the notes to its meta', async () => {
    const dir = tempDir();
    const input = join(dir, '学校报告.docx');
    writeFileSync(input, await sampleDocx());
    const { dispatch } = await openReport(dir);
    const res = await dispatch('import.insert', { path: input });
    expect(res.ok).toBe(true);
    const value = (res.ok ? res.value : null) as Inserted;
    expect(value.stats).toMatchObject({ cases: 1, figures: 3, figuresWithImage: 3, tables: 1 });
    expect(value.blocks.map((b) => b.type)).toContain(NODE.case);
    expect(value.blocks.filter((b) => b.type === NODE.heading)).toHaveLength(4);

    // Every photo the blocks refer to is in the open report now.
    const shas = JSON.stringify(value.blocks).match(/"sha256":"[0-9a-f]{64}"/g)!.map((m) => m.slice(10, -1));
    expect(shas).toHaveLength(3);
    for (const sha256 of shas) expect((await dispatch('assets.info', { sha256 })).ok).toBe(true);

    // Old notes stay first; the insert's own follow, in the stored meta too.
    expect(value.meta.importNotes?.[0]?.message).toBe('旧的提示');
    expect(value.meta.importNotes?.slice(1)).toEqual(value.notes);
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toEqual(value.meta.importNotes);
  });

  it('says a cover was left out rather than used as the title (the open report keeps its own)', async () => {
    const dir = tempDir();
    const input = join(dir, '学校.txt');
    writeFileSync(input, '木垒县职业技术学校\n质量年度报告\n前言\n学校坚持立德树人。\n1 基本情况\n学校始建于1985年。\n');
    const { dispatch } = await openReport(dir);
    const res = await dispatch('import.insert', { path: input });
    const value = (res.ok ? res.value : null) as Inserted;
    expect(value.notes.find((n) => n.kind === 'cover-moved')?.message).toBe('封面文字未插入正文');
    expect(value.meta.title).toBe(sampleMeta.title);
    expect(value.stats.headings[0]).toBe(1);
  });

  it('takes text pasted in, copied out of a PDF with its page number: recognised, notes appended; empty text is refused', async () => {
    const dir = tempDir();
    const { dispatch } = await openReport(dir);
    const long = '学校与企业共建实训基地，学生在真实岗位中学习，企业导师全程参与教学与评价，实习';
    const text = ['一、学生发展', '（一）在校体验', `${long}`, '- 3 -', '满意度逐年提高。', '【案例1】校企合作育人', '学校组织学生走进企业开展岗位认知实习。', '图1 学生在企业车间实习'].join('\n');
    const res = await dispatch('import.insert', { text });
    const value = (res.ok ? res.value : null) as Inserted;
    expect(value.stats).toMatchObject({ headings: [1, 1, 0, 0], cases: 1, figures: 1, figuresWithImage: 0 });
    expect(JSON.stringify(value.blocks)).toContain(`${long}满意度逐年提高。`);
    expect(value.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['page-furniture-left-out', 'paragraphs-rejoined']));
    expect(value.meta.importNotes?.slice(1)).toEqual(value.notes);

    expect(await dispatch('import.insert', { text: ' \n ' })).toMatchObject({ ok: false, error: { code: 'IMPORT_EMPTY' } });
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toEqual(value.meta.importNotes);
  });

  it('needs an open report, and a bad file adds nothing to it', async () => {
    const dir = tempDir();
    const input = join(dir, '坏.docx');
    writeFileSync(input, 'not a zip');
    expect(await harnessServices(dir).dispatch('import.insert', { path: input })).toMatchObject({ ok: false, error: { code: 'NO_REPORT_OPEN' } });
    const { dispatch } = await openReport(dir);
    expect(await dispatch('import.insert', { path: input })).toMatchObject({ ok: false, error: { code: 'IMPORT_NOT_DOCX' } });
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toHaveLength(1);
  });
});
