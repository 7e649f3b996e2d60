import {
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  type ElementNode,
  type LexicalEditor,
  type ParagraphNode,
  UNDO_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { zh } from '../../core/zh';
import type { DataStore } from '../../renderer/data/data-store';
import { $isDataFieldNode } from '../../renderer/editor/data-field/DataFieldNode';
import {
  $indicatorTableOutOfStep,
  $indicatorTables,
  INSERT_INDICATOR_TABLE_COMMAND,
  UPDATE_INDICATOR_TABLE_COMMAND,
} from '../../renderer/editor/data-field/indicator-table';
import {
  $dataFields,
  INSERT_DATA_FIELD_COMMAND,
  registerDataFields,
} from '../../renderer/editor/data-field/register-data-fields';
import { buildReportTree } from '../../core/report-tree';
import { $findMatches, $replaceMatches } from '../../renderer/editor/find/text-search';
import { loadedStore } from '../helpers/memory-data';
import { reportEditor, toJSON } from './headless';

const t = zh.dataField.indicatorTable;

/** Lets the editor commit what the store's change scheduled. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const fieldTexts = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => $dataFields().map((f) => f.getTextContent()));

function fieldsOf(doc: EditorStateJSON): SerializedNodeJSON[] {
  const out: SerializedNodeJSON[] = [];
  const walk = (n: SerializedNodeJSON) => (n.type === 'data-field' ? out.push(n) : n.children?.forEach(walk));
  walk(doc.root);
  return out;
}

async function editorWith(
  doc: EditorStateJSON,
  store?: DataStore,
): Promise<{ editor: LexicalEditor; store: DataStore }> {
  const data = store ?? (await loadedStore());
  const editor = reportEditor(doc);
  registerDataFields(editor, data);
  return { editor, store: data };
}

const report = () =>
  build.document([
    {
      ...build.paragraph('全校在校生'),
      children: [
        ...build.paragraph('全校在校生').children!,
        build.dataField('students', '6500人'),
        ...build.paragraph('，生师比').children!,
        build.dataField('student-teacher-ratio'),
      ],
    },
    {
      ...build.paragraph('其中在校生'),
      children: [...build.paragraph('其中在校生').children!, build.dataField('students', '6500人')],
    },
  ]);

describe('data fields in the editor', () => {
  it('keep the data-field JSON shape of core/document/nodes.ts through the editor', async () => {
    const doc = build.document([
      {
        ...build.paragraph('在校生'),
        children: [
          ...build.paragraph('在校生').children!,
          build.dataField('students', '6531人'),
          build.dataField('students', '6400人', 'previous'),
        ],
      },
    ]);
    const editor = reportEditor(doc);
    expect(fieldsOf(toJSON(editor))).toEqual([
      build.dataField('students', '6531人'),
      build.dataField('students', '6400人', 'previous'),
    ]);
  });

  it('show the data as it is, and every mention follows a change at once', async () => {
    const { editor, store } = await editorWith(report());
    await store.load(); // what the editor does on opening: the saved texts are replaced
    await settle();
    expect(fieldTexts(editor)).toEqual(['6531人', '18.5:1', '6531人']);

    expect(await store.set([{ ref: 'students', value: 7060 }])).toBeNull();
    await settle();
    expect(fieldTexts(editor)).toEqual(['7060人', '20.0:1', '7060人']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('全校在校生7060人，生师比20.0:1');
  });

  it('mark an empty value as 待填 and a deleted quantity as 数据已删除', async () => {
    const store = await loadedStore();
    expect(await store.add([{ name: '获奖数', unit: '项' }])).toBeNull();
    const added = store.getView()!.quantities.find((q) => q.name === '获奖数')!;
    const { editor } = await editorWith(build.document([build.paragraph('获奖')]), store);
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(INSERT_DATA_FIELD_COMMAND, { dataId: added.id });
    await settle();
    expect(fieldTexts(editor)).toEqual([zh.data.fieldEmpty('获奖数')]);

    expect(await store.remove([added.id])).toBeNull();
    await settle();
    expect(fieldTexts(editor)).toEqual([zh.data.fieldGone]);
    expect(editor.getEditorState().read(() => $dataFields()[0]!.__shows)).toBe('gone');
  });

  it('are one token: text typed after a field goes beside it, never into it', async () => {
    const { editor } = await editorWith(build.document([build.paragraph('在校生')]));
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(INSERT_DATA_FIELD_COMMAND, { dataId: 'students' });
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.update(
      () => {
        const selection = $getRoot().selectEnd();
        selection.insertText('，');
      },
      { discrete: true },
    );
    const children = editor.getEditorState().read(() =>
      $getRoot()
        .getFirstChildOrThrow<ParagraphNode>()
        .getChildren()
        .map((c) => [c.getType(), c.getTextContent()]),
    );
    expect(children).toEqual([
      ['text', '在校生'],
      ['data-field', '6531人'],
      ['text', '，'],
    ]);
  });

  it('keep the current value when undo brings back text saved with an older one', async () => {
    const { editor, store } = await editorWith(build.document([build.paragraph('在校生')]));
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(INSERT_DATA_FIELD_COMMAND, { dataId: 'students' });
    await settle();
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow();
        if ($isParagraphNode(paragraph)) paragraph.append($createTextNode('。'));
      },
      { discrete: true },
    );
    expect(await store.set([{ ref: 'students', value: 6600 }])).toBeNull();
    await settle();
    editor.dispatchCommand(UNDO_COMMAND, undefined); // takes back the 。, not the data
    await settle();
    const text = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(text).toBe('在校生6600人');
    expect(editor.getEditorState().read(() => $dataFields().every($isDataFieldNode))).toBe(true);
  });

  it('make 插入指标表 a numbered table of every indicator whose numbers follow the data', async () => {
    const { editor, store } = await editorWith(build.document([build.paragraph('主要指标如下。')]));
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    expect(editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, undefined)).toBe(true);
    await settle();
    expect(
      await store.set([
        { ref: 'students', value: 7060 },
        { ref: 'students', previous: 6400 },
      ]),
    ).toBeNull();
    await settle();
    const [table] = buildReportTree(toJSON(editor)).tables;
    expect(table!.label).toBe('表1');
    expect(table!.caption).toBe('主要办学指标');
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['指标', '本年', '上年', '标准', '达标'],
      ['生师比', '20.0:1', '［生师比（上年）：待填］', '≤ 20:1', '达标'],
    ]);
    expect(await store.set([{ ref: 'students', value: 7100 }])).toBeNull();
    await settle();
    expect(buildReportTree(toJSON(editor)).tables[0]!.rows[1]).toMatchObject([
      {},
      { text: '20.1:1' },
      {},
      {},
      { text: '未达标' },
    ]);
  });

  it('keep an indicator table listing every indicator as indicators come and go, caption and widths kept', async () => {
    const { editor, store } = await editorWith(build.document([build.paragraph('主要指标如下。')]));
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, undefined);
    editor.update(() => $indicatorTables()[0]!.setColWidths([200, 80, 80, 80, 60]), { discrete: true });
    await settle();
    expect(
      await store.addIndicators([{ name: '专任教师图书', formula: '纸质图书 / 专任教师数', unit: '册' }]),
    ).toBeNull();
    await settle();
    const rows = () => buildReportTree(toJSON(editor)).tables[0]!.rows.map((row) => row.map((cell) => cell.text));
    expect(rows().map((r) => r[0])).toEqual(['指标', '生师比', '专任教师图书']);
    expect(rows()[2]).toEqual(['专任教师图书', '［专任教师图书：待填］', '［专任教师图书（上年）：待填］', '', '']);
    expect(buildReportTree(toJSON(editor)).tables[0]!.caption).toBe('主要办学指标');
    expect(editor.getEditorState().read(() => $indicatorTables()[0]!.getColWidths())).toEqual([200, 80, 80, 80, 60]);
    expect(await store.removeIndicators(['专任教师图书'])).toBeNull();
    await settle();
    expect(rows().map((r) => r[0])).toEqual(['指标', '生师比']);
  });

  it('leave a table the writer took rows out of until 更新指标表, which rebuilds it in place', async () => {
    const { editor, store } = await editorWith(build.document([build.paragraph('主要指标如下。')]));
    expect(
      await store.addIndicators([{ name: '专任教师图书', formula: '纸质图书 / 专任教师数', unit: '册' }]),
    ).toBeNull();
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, undefined);
    // An older table: four columns, the writer's widths, its second indicator's row taken out.
    editor.update(
      () => {
        const table = $indicatorTables()[0]!;
        for (const row of table.getChildren<ElementNode>()) row.getChildAtIndex(4)?.remove();
        table.getChildAtIndex(2)?.remove();
        table.setColWidths([200, 100, 100, 100]);
      },
      { discrete: true },
    );
    expect(
      await store.addIndicators([{ name: '学生教师比', formula: '在校生数 / 专任教师数', unit: ':1' }]),
    ).toBeNull();
    await settle();
    const names = () => buildReportTree(toJSON(editor)).tables[0]!.rows.map((row) => row[0]!.text);
    expect(names()).toEqual(['指标', '生师比']);
    expect(editor.getEditorState().read(() => $indicatorTableOutOfStep($indicatorTables()[0]!, store.getView()!))).toBe(
      true,
    );
    const key = editor.getEditorState().read(() => $indicatorTables()[0]!.getKey());
    expect(editor.dispatchCommand(UPDATE_INDICATOR_TABLE_COMMAND, key)).toBe(true);
    await settle();
    expect(names()).toEqual(['指标', '生师比', '专任教师图书', '学生教师比']);
    expect(buildReportTree(toJSON(editor)).tables[0]!.rows[0]!.map((c) => c.text)).toEqual(t.columns);
    // 达标 comes in at the old columns' mean width, all scaled so that the table stays 500 wide.
    expect(editor.getEditorState().read(() => $indicatorTables()[0]!.getColWidths())).toEqual([160, 80, 80, 80, 100]);
  });

  it('are found by 查找 but left by 替换: a number from 数据 is changed in 数据', async () => {
    const doc = build.document([
      {
        ...build.paragraph('原有6531人，现有'),
        children: [...build.paragraph('原有6531人，现有').children!, build.dataField('students', '6531人')],
      },
    ]);
    const { editor } = await editorWith(doc);
    await settle();
    let found = 0;
    let replaced = 0;
    editor.update(
      () => {
        const matches = $findMatches('6531');
        found = matches.length;
        replaced = $replaceMatches(matches, '6600');
      },
      { discrete: true },
    );
    expect([found, replaced]).toEqual([2, 1]);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('原有6600人，现有6531人');
    expect(fieldTexts(editor)).toEqual(['6531人']);
  });
});
