import { describe, expect, it } from 'vitest';
import { apiError } from '../../core/errors';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { DataStore } from '../../renderer/data/data-store';
import { registerSaveFlush } from '../../renderer/editor/save-barrier';
import { memoryDataApi, schoolData } from '../helpers/memory-data';

const students = (store: DataStore) => store.getView()!.quantities.find((q) => q.id === 'students')!.text;

describe('the 数据 store', () => {
  it('shows an edit at once, before the Node side answers, then keeps its answer', async () => {
    const store = new DataStore(memoryDataApi(schoolData()));
    await store.load();
    let heard = 0;
    store.subscribe(() => (heard += 1));
    const saving = store.set([{ ref: '在校生数', value: 7060 }]);
    expect(students(store)).toBe('7060人');
    expect(store.field('student-teacher-ratio')).toEqual({ text: '20.0:1', state: 'value' });
    expect(await saving).toBeNull();
    expect(students(store)).toBe('7060人');
    expect(heard).toBe(1); // the answer was the same view: nobody re-rendered for it
  });

  it('puts the data back and says why when the Node side refuses an edit', async () => {
    const memory = memoryDataApi(schoolData());
    const store = new DataStore({ ...memory, 'data.set': async () => ({ ok: false, error: apiError('DISK_FULL') }) });
    await store.load();
    const saving = store.set([{ ref: 'students', value: 7060 }]);
    expect(students(store)).toBe('7060人');
    expect(await saving).toMatch(/磁盘空间不足/);
    expect(students(store)).toBe('6531人');
  });

  it('refuses here what core refuses, without a call: a name taken', async () => {
    const calls: string[] = [];
    const memory = memoryDataApi(schoolData());
    const store = new DataStore({
      ...memory,
      'data.remove': (p) => {
        calls.push('remove');
        return memory['data.remove'](p);
      },
      'data.add': (p) => {
        calls.push('add');
        return memory['data.add'](p);
      },
    });
    await store.load();
    expect(await store.add([{ name: '在校生数', unit: '人' }])).toMatch(/已有名为“在校生数”的数据/);
    expect(calls).toEqual([]);
    // A removal is the Node side's to judge (it sees the text's uses too): refused there, nothing changes.
    expect(await store.remove(['students'])).toEqual({ message: '“在校生数”用于指标“生师比”', inUse: true });
    expect(calls).toEqual(['remove']);
    expect(store.getView()!.quantities).toHaveLength(3);
  });

  it('saves the page before a removal, so that its fields count as uses, and removes only when told 仍然删除', async () => {
    const saved: EditorStateJSON[] = [];
    const memory = memoryDataApi(schoolData(), () => saved.at(-1) ?? build.document([]));
    const store = new DataStore(memory);
    await store.load();
    const page = build.document([{ ...build.paragraph('在校生'), children: [build.dataField('books')] }]);
    const unregister = registerSaveFlush(async () => saved.push(page));
    try {
      expect(await store.remove(['books'])).toEqual({ message: '“纸质图书”用于正文中 1 处', inUse: true });
      expect(store.getView()!.quantities.map((q) => q.id)).toContain('books');
      expect(await store.remove(['books'], true)).toBeNull();
      expect(store.field('books')).toEqual({ text: '［数据已删除］', state: 'gone' });
    } finally {
      unregister();
    }
  });

  it('marks a field of an empty value and of a removed item', async () => {
    const store = new DataStore(memoryDataApi(schoolData()));
    expect(store.field('students')).toBeNull(); // not read yet: fields keep their saved text
    await store.load();
    expect(store.field('books')).toEqual({ text: '［纸质图书：待填］', state: 'empty' });
    expect(store.field('students', 'previous')).toEqual({ text: '［在校生数（上年）：待填］', state: 'empty' });
    expect(store.field('q-9')).toEqual({ text: '［数据已删除］', state: 'gone' });
  });

  it('adds the user’s own indicator, worked out at once, and refuses a formula naming nothing known', async () => {
    const store = new DataStore(memoryDataApi(schoolData()));
    await store.load();
    expect(await store.addIndicators([{ name: '每百名学生图书', formula: '纸质图书 / 在校人数', unit: '册' }])).toMatch(
      /在校人数/,
    );
    expect(store.getView()!.indicators).toHaveLength(1);
    const saving = store.addIndicators([
      { name: '师均学生', formula: '在校生数 / 专任教师数', unit: '人', decimals: 1 },
    ]);
    expect(store.getView()!.indicators.find((i) => i.name === '师均学生')!.text).toBe('18.5人');
    expect(await saving).toBeNull();
    expect(await store.removeIndicators(['师均学生'])).toBeNull();
    expect(store.getView()!.indicators.map((i) => i.name)).toEqual(['生师比']);
  });
});
