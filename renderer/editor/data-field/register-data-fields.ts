import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  type ElementNode,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  createCommand,
} from 'lexical';
import type { DataFieldPart } from '../../../core/document/nodes';
import type { DataStore } from '../../data/data-store';
import { $insertBlocks } from '../insert-block';
import { $createDataFieldNode, $isDataFieldNode, DataFieldNode } from './DataFieldNode';
import {
  $indicatorIdsIn,
  $indicatorTable,
  $indicatorTableFor,
  $indicatorTables,
  $refreshIndicatorTable,
  INSERT_INDICATOR_TABLE_COMMAND,
  UPDATE_INDICATOR_TABLE_COMMAND,
} from './indicator-table';

export interface InsertDataFieldPayload {
  dataId: string;
  part?: DataFieldPart;
}

/** Puts a field of one quantity or indicator at the caret (at the end of the report when there is none). */
export const INSERT_DATA_FIELD_COMMAND = createCommand<InsertDataFieldPayload>('INSERT_DATA_FIELD_COMMAND');

/** Every data field under `element`, in reading order. */
export function $dataFields(element: ElementNode = $getRoot()): DataFieldNode[] {
  const out: DataFieldNode[] = [];
  const walk = (parent: ElementNode) => {
    for (const child of parent.getChildren()) {
      if ($isDataFieldNode(child)) out.push(child);
      else if ($isElementNode(child)) walk(child);
    }
  };
  walk(element);
  return out;
}

/**
 * Data fields: inserted by INSERT_DATA_FIELD_COMMAND (a table of them by 插入指标表), and each
 * one's text kept equal to its value in the store: all fields at once when the data changes, a
 * field as it comes in (inserted, pasted), and all of them after undo or redo, which bring back
 * states saved with older values. These updates merge into the current undo step: a change of data is taken
 * back in 数据, not with Ctrl+Z in the text.
 */
export function registerDataFields(editor: LexicalEditor, store: DataStore): () => void {
  const $sync = (node: DataFieldNode) => {
    const shown = store.field(node.getDataId(), node.getPart());
    if (shown) node.show(shown);
  };
  // A walk of the whole report, not a registry of fields: undo and a report's first state
  // bring fields in without transforms, and the walk costs well under a millisecond.
  const syncAll = () => editor.update(() => $dataFields().forEach($sync), { tag: HISTORY_MERGE_TAG });

  // An indicator added or removed in 数据 joins or leaves every table that listed all of them,
  // as a table of every indicator should; a table the writer left rows out of is theirs, and
  // 更新指标表 (right-click) brings it up to date on request.
  let indicatorIds = store.getView()?.indicators.map((i) => i.id) ?? null;
  const followIndicators = () => {
    const view = store.getView();
    if (!view) return;
    const before = indicatorIds;
    indicatorIds = view.indicators.map((i) => i.id);
    if (!before || before.join('\u0000') === indicatorIds.join('\u0000')) return;
    editor.update(() => {
      for (const table of $indicatorTables())
        if ($indicatorIdsIn(table).join('\u0000') === before.join('\u0000')) $refreshIndicatorTable(table, view, store);
    });
  };

  return mergeRegister(
    editor.registerNodeTransform(DataFieldNode, $sync),
    editor.registerCommand(
      INSERT_DATA_FIELD_COMMAND,
      ({ dataId, part = 'value' }) => {
        if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        selection.insertNodes([$createDataFieldNode(dataId, part, store.field(dataId, part)?.text ?? '')]);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      INSERT_INDICATOR_TABLE_COMMAND,
      () => {
        const view = store.getView();
        if (!view || view.indicators.length === 0) return false;
        const [caption, table] = $indicatorTable(view, store);
        $insertBlocks([caption, table]);
        caption.selectEnd();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(
      UPDATE_INDICATOR_TABLE_COMMAND,
      (key) => {
        const view = store.getView();
        const table = $indicatorTableFor(key);
        if (!view || !table) return false;
        $refreshIndicatorTable(table, view, store).selectStart();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    store.subscribe(syncAll),
    store.subscribe(followIndicators),
    editor.registerUpdateListener(({ tags }) => {
      if (tags.has(HISTORIC_TAG)) syncAll();
    }),
  );
}
