import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiValue } from '../../core/api';
import { NODE } from '../../core/document/nodes';
import { harnessServices } from '../assets/services';
import { sampleMeta, tempDir } from '../helpers/files';
import { sampleDocx, schoolCasesDocx } from './docx-fixture';

type Read = ApiValue<'import.read'>;
type Inserted = ApiValue<'import.insert'>;
type Dispatch = Awaited<ReturnType<typeof openReport>>['dispatch'];

/** import.read of `source`, which must succeed. */
async function readOk(dispatch: Dispatch, source: { path: string } | { text: string }): Promise<Read> {
  const read = await dispatch('import.read', source);
  expect(read.ok).toBe(true);
  return (read.ok ? read.value : null) as Read;
}

/** import.insert of what `read` gave (the blocks at `pick`, when given), which must succeed. */
async function insertOk(dispatch: Dispatch, read: Read, pick?: number[]): Promise<Inserted> {
  const inserted = await dispatch('import.insert', { id: read.id, ...(pick && { pick }) });
  expect(inserted.ok).toBe(true);
  return (inserted.ok ? inserted.value : null) as Inserted;
}

/** import.read, then import.insert of all it read. */
async function readAndInsert(
  dispatch: Dispatch,
  source: { path: string } | { text: string },
): Promise<{ read: Read; inserted: Inserted }> {
  const read = await readOk(dispatch, source);
  return { read, inserted: await insertOk(dispatch, read) };
}

const photosIn = (blocks: unknown) =>
  JSON.stringify(blocks)
    .match(/"sha256":"[0-9a-f]{64}"/g)
    ?.map((m) => m.slice(10, -1)) ?? [];

async function openReport(dir: string) {
  const services = harnessServices(dir);
  const created = await services.dispatch('report.create', {
    path: join(dir, '州报告.nianbao'),
    meta: { ...sampleMeta, importNotes: [{ kind: 'cover-moved', text: '旧', message: '旧的提示' }] },
  });
  expect(created.ok).toBe(true);
  return services;
}

/** A report open, and import.read of the Word file `name` holding `docx` beside it, which must succeed. */
async function openAndRead(name: string, docx: Buffer) {
  const dir = tempDir();
  const input = join(dir, name);
  writeFileSync(input, docx);
  const services = await openReport(dir);
  return { ...services, value: await readOk(services.dispatch, { path: input }) };
}

describe('import.read and import.insert: 插入文件 into the open report', () => {
  it('reads without writing; the insert stores the photos in the report, appends the notes to its meta', async () => {
    const { dispatch, services, value } = await openAndRead('学校报告.docx', await sampleDocx());
    expect(value.stats).toMatchObject({ cases: 1, figures: 3, figuresWithImage: 3, tables: 1 });
    expect(value.blocks.map((b) => b.type)).toContain(NODE.case);
    expect(value.blocks.filter((b) => b.type === NODE.heading)).toHaveLength(4);
    const shas = photosIn(value.blocks);
    expect(shas).toHaveLength(3);
    // Read only: no photo stored, no note appended yet.
    for (const assetKey of shas) expect((await dispatch('assets.info', { assetKey })).ok).toBe(false);
    const before = await dispatch('report.current', {});
    expect(before.ok && (before.value as ApiValue<'report.current'>)?.meta.importNotes).toHaveLength(1);

    const done = await insertOk(dispatch, value);
    expect(done.blocks).toEqual(value.blocks);
    expect(done.stats).toEqual(value.stats);
    // The photos are read out of the .docx once inserted: the editor asking for one gets it then.
    for (const assetKey of shas) expect((await services.assets({ assetKey, variant: 'full' })).status).toBe(200);
    for (const assetKey of shas) expect((await dispatch('assets.info', { assetKey })).ok).toBe(true);
    // Old notes stay first; the insert's own follow, in the stored meta too.
    expect(done.notes).toEqual(value.notes);
    expect(done.meta.importNotes?.[0]?.message).toBe('旧的提示');
    expect(done.meta.importNotes?.slice(1)).toEqual(value.notes);
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toEqual(
      done.meta.importNotes,
    );
  });

  it('inserts the cases picked with their photos and only their notes; the rest of the file adds nothing', async () => {
    const { dispatch, services, value } = await openAndRead('学校年报.docx', await schoolCasesDocx());
    const cases = value.blocks.flatMap((b, at) => (b.type === NODE.case ? [at] : []));
    expect(cases).toHaveLength(3);
    expect(value.notes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['case-label-non-standard', 'heading-number-duplicate']),
    );

    const done = await insertOk(dispatch, value, [cases[1]!]);
    expect(done.blocks).toEqual([value.blocks[cases[1]!]]);
    expect(done.stats).toMatchObject({ cases: 1, figures: 1, figuresWithImage: 1 });
    expect(done.notes.map((n) => n.kind)).toEqual(['case-label-non-standard']);
    expect(done.meta.importNotes?.map((n) => n.kind)).toEqual(['cover-moved', 'case-label-non-standard']);
    const [picked, ...others] = [cases[1]!, cases[0]!, cases[2]!].map((at) => photosIn(value.blocks[at]));
    expect(picked).toHaveLength(1);
    expect((await services.assets({ assetKey: picked![0]!, variant: 'full' })).status).toBe(200);
    expect((await dispatch('assets.info', { assetKey: picked![0]! })).ok).toBe(true);
    for (const assetKey of others.flat())
      expect((await services.assets({ assetKey, variant: 'full' })).status).toBe(404);
    for (const assetKey of others.flat()) expect((await dispatch('assets.info', { assetKey })).ok).toBe(false);
  });

  it('inserts what was read once only; dropped, or read for another report, it is gone', async () => {
    const dir = tempDir();
    const input = join(dir, '学校年报.docx');
    writeFileSync(input, await schoolCasesDocx());
    const { dispatch } = await openReport(dir);
    const { read } = await readAndInsert(dispatch, { path: input });
    expect(await dispatch('import.insert', { id: read.id })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_READ_GONE' },
    });

    const { id } = await readOk(dispatch, { path: input });
    expect(await dispatch('import.discard', { id })).toEqual({ ok: true, value: null });
    expect(await dispatch('import.insert', { id })).toMatchObject({ ok: false, error: { code: 'IMPORT_READ_GONE' } });

    const third = await readOk(dispatch, { path: input });
    expect((await dispatch('report.create', { path: join(dir, '另一份.nianbao'), meta: sampleMeta })).ok).toBe(true);
    expect(await dispatch('import.insert', { id: third.id })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_READ_GONE' },
    });
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toBeUndefined();
  });

  it('says a cover was left out rather than used as the title (the open report keeps its own)', async () => {
    const dir = tempDir();
    const input = join(dir, '学校.txt');
    writeFileSync(
      input,
      '木垒县职业技术学校\n质量年度报告\n前言\n学校坚持立德树人。\n1 基本情况\n学校始建于1985年。\n',
    );
    const { dispatch } = await openReport(dir);
    const { inserted } = await readAndInsert(dispatch, { path: input });
    expect(inserted.notes.find((n) => n.kind === 'cover-moved')?.message).toBe('封面文字未插入正文');
    expect(inserted.meta.title).toBe(sampleMeta.title);
    expect(inserted.stats.headings[0]).toBe(1);
  });

  it('takes text pasted from a PDF with its page number: recognised, notes appended; empty text refused', async () => {
    const dir = tempDir();
    const { dispatch } = await openReport(dir);
    const long = '学校与企业共建实训基地，学生在真实岗位中学习，企业导师全程参与教学与评价，实习';
    const text = [
      '一、学生发展',
      '（一）在校体验',
      `${long}`,
      '- 3 -',
      '满意度逐年提高。',
      '【案例1】校企合作育人',
      '学校组织学生走进企业开展岗位认知实习。',
      '图1 学生在企业车间实习',
    ].join('\n');
    const { inserted } = await readAndInsert(dispatch, { text });
    expect(inserted.stats).toMatchObject({ headings: [1, 1, 0, 0], cases: 1, figures: 1, figuresWithImage: 0 });
    expect(JSON.stringify(inserted.blocks)).toContain(`${long}满意度逐年提高。`);
    expect(inserted.notes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['page-furniture-left-out', 'paragraphs-rejoined']),
    );
    expect(inserted.meta.importNotes?.slice(1)).toEqual(inserted.notes);

    expect(await dispatch('import.read', { text: ' \n ' })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_EMPTY' },
    });
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toEqual(
      inserted.meta.importNotes,
    );
  });

  it('needs an open report, and a bad file adds nothing to it', async () => {
    const dir = tempDir();
    const input = join(dir, '坏.docx');
    writeFileSync(input, 'not a zip');
    expect(await harnessServices(dir).dispatch('import.read', { path: input })).toMatchObject({
      ok: false,
      error: { code: 'NO_REPORT_OPEN' },
    });
    const { dispatch } = await openReport(dir);
    expect(await dispatch('import.read', { path: input })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_NOT_DOCX' },
    });
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.meta.importNotes).toHaveLength(1);
  });
});
