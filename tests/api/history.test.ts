import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiName, ApiValue } from '../../core/api';
import { build } from '../../core/document/nodes';
import type { Dispatch } from '../../electron/api/dispatch';
import { harnessServices } from '../assets/services';
import { doc, h, p } from '../helpers/doc';
import { sampleMeta, tempDir } from '../helpers/files';

async function call<N extends ApiName>(dispatch: Dispatch, name: N, params: unknown): Promise<ApiValue<N>> {
  const res = await dispatch(name, params);
  if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.detail ?? ''}`);
  return res.value as ApiValue<N>;
}

async function openReport(dispatch: Dispatch, dir: string, kind = sampleMeta.kind): Promise<string> {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  const path = join(dir, 'reports', '历史.nianbao');
  await call(dispatch, 'report.create', { path, meta: { ...sampleMeta, kind } });
  return path;
}

describe('history.* (文件 → 历史版本)', () => {
  it('keeps a version before 插入文件, 全部替换 and each export, and one the user names', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const path = await openReport(dispatch, dir);
    const first = doc(h(1, '基本情况'), p('插入之前'));
    await call(dispatch, 'report.saveDocument', { path, document: first });

    const read = await call(dispatch, 'import.read', { text: '一、学校概况\n学校始建于1985年。' });
    await call(dispatch, 'import.insert', { id: read.id });
    await call(dispatch, 'history.snapshot', { reason: 'replace-all' });
    await call(dispatch, 'export.docx', { path: join(dir, 'reports', '历史.docx') });
    await call(dispatch, 'history.snapshot', { reason: 'named', name: ' 送审稿 ' });

    const list = await call(dispatch, 'history.list', {});
    expect(list.map((s) => [s.reason, s.name])).toEqual([
      ['open', null],
      ['insert', null],
      ['replace-all', null],
      ['export', null],
      ['named', '送审稿'],
    ]);
    const inserted = list[1]!;
    expect(inserted.chars).toBe(8);
    expect((await call(dispatch, 'history.document', { id: inserted.id })).document).toEqual(first);
  });

  it('restores a version after keeping the current text, names one, and refuses one that is not there', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const path = await openReport(dispatch, dir);
    const draft = doc(h(1, '基本情况'), p('初稿'));
    await call(dispatch, 'report.saveDocument', { path, document: draft });
    const named = await call(dispatch, 'history.snapshot', { reason: 'named', name: '初稿' });
    const later = doc(h(1, '基本情况'), p('改过的稿子'), p('新加的段落'));
    await call(dispatch, 'report.saveDocument', { path, document: later });

    const restored = await call(dispatch, 'history.restore', { id: named.id });
    expect(restored.document).toEqual(draft);
    const list = await call(dispatch, 'history.list', {});
    const before = list.at(-1)!;
    expect(before.reason).toBe('restore');
    expect((await call(dispatch, 'history.document', { id: before.id })).document).toEqual(later);
    // The restore itself can be taken back.
    expect((await call(dispatch, 'history.restore', { id: before.id })).document).toEqual(later);

    expect(await call(dispatch, 'history.name', { id: before.id, name: '定稿' })).toMatchObject({
      id: before.id,
      name: '定稿',
      reason: 'restore',
    });
    const missing = await dispatch('history.restore', { id: 999_999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'SNAPSHOT_NOT_FOUND' } });
    expect(await dispatch('history.name', { id: named.id, name: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect((await call(dispatch, 'report.current', {}))?.document).toEqual(later);
  });

  it("shows a version's own 数据: its fields print that version's numbers, and its data comes with it", async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const path = await openReport(dispatch, dir, 'school');
    const text = doc({ ...p('在校生'), children: [build.dataField('students', '旧缓存')] });
    await call(dispatch, 'report.saveDocument', { path, document: text });
    const before = await call(dispatch, 'history.snapshot', { reason: 'named', name: '空数据' });
    await call(dispatch, 'data.set', { changes: [{ ref: '在校生数', value: 6531 }] });
    const named = await call(dispatch, 'history.snapshot', { reason: 'named', name: '初稿' });
    await call(dispatch, 'data.set', { changes: [{ ref: '在校生数', value: 7000 }] });

    const version = await call(dispatch, 'history.document', { id: named.id });
    expect(JSON.stringify(version.document)).toContain('"text":"6531人"');
    expect(version.data!.quantities.find((q) => q.id === 'students')).toMatchObject({ value: 6531, text: '6531人' });
    // The version before any data was written keeps none: its field shows what it saved.
    const empty = await call(dispatch, 'history.document', { id: before.id });
    expect(empty.data).toBeNull();
    expect(JSON.stringify(empty.document)).toContain('"text":"旧缓存"');
    // Nothing of it leaks into the open report until it is restored.
    expect((await call(dispatch, 'data.get', {})).quantities.find((q) => q.id === 'students')!.value).toBe(7000);
    await call(dispatch, 'history.restore', { id: named.id });
    expect((await call(dispatch, 'data.get', {})).quantities.find((q) => q.id === 'students')!.value).toBe(6531);
  });
});
