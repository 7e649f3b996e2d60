import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  type TextFormatType,
  UNDO_COMMAND,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { zh } from '../../core/zh';
import { $blockTypeAtSelection, type BlockType, SET_BLOCK_TYPE_COMMAND } from './block-type';

const formats: { format: TextFormatType; label: string; title: string }[] = [
  { format: 'bold', label: 'B', title: zh.editor.bold },
  { format: 'italic', label: 'I', title: zh.editor.italic },
  { format: 'underline', label: 'U', title: zh.editor.underline },
];

/** Reads the selection and dispatches commands; it never edits nodes itself. */
export function Toolbar({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [blockType, setBlockType] = useState<BlockType | null>('paragraph');
  const [active, setActive] = useState<Record<string, boolean>>({});
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setBlockType($blockTypeAtSelection());
    setActive(Object.fromEntries(formats.map((f) => [f.format, selection.hasFormat(f.format)])));
  }, []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(refresh)),
        editor.registerCommand(SELECTION_CHANGE_COMMAND, () => (refresh(), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, refresh],
  );

  const setBlock = (type: BlockType) => {
    if (type === 'bullet') editor.dispatchCommand(blockType === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (type === 'number') editor.dispatchCommand(blockType === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, type);
    editor.focus();
  };

  return (
    <div className="toolbar" role="toolbar">
      <button type="button" title={zh.editor.undo} aria-label={zh.editor.undo} disabled={disabled || !canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        ↶
      </button>
      <button type="button" title={zh.editor.redo} aria-label={zh.editor.redo} disabled={disabled || !canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        ↷
      </button>
      <span className="toolbar-sep" />
      <select
        aria-label="段落样式"
        disabled={disabled}
        value={blockType === 'bullet' || blockType === 'number' || blockType === null ? 'paragraph' : blockType}
        onChange={(e) => setBlock(e.target.value as BlockType)}
      >
        <option value="paragraph">{zh.editor.paragraph}</option>
        {([1, 2, 3, 4] as const).map((level) => (
          <option key={level} value={`h${level}`}>
            {zh.editor.heading(level)}
          </option>
        ))}
      </select>
      <span className="toolbar-sep" />
      {formats.map((f) => (
        <button
          key={f.format}
          type="button"
          className={`fmt-${f.format}${active[f.format] ? ' active' : ''}`}
          title={f.title}
          aria-label={f.title}
          aria-pressed={Boolean(active[f.format])}
          disabled={disabled}
          onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f.format)}
        >
          {f.label}
        </button>
      ))}
      <span className="toolbar-sep" />
      <button type="button" className={blockType === 'bullet' ? 'active' : ''} title={zh.editor.bulletList} aria-label={zh.editor.bulletList} disabled={disabled} onClick={() => setBlock('bullet')}>
        •≡
      </button>
      <button type="button" className={blockType === 'number' ? 'active' : ''} title={zh.editor.numberList} aria-label={zh.editor.numberList} disabled={disabled} onClick={() => setBlock('number')}>
        1.≡
      </button>
    </div>
  );
}
