import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  type ElementFormatType,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { zh } from '../../../core/zh';
import { $blockTypeAtSelection, type BlockType, SET_BLOCK_TYPE_COMMAND } from '../block-type';
import { Icon, type IconName } from './icons';
import { watchSelection } from './watch-selection';

const formats: { format: TextFormatType; label: string; title: string }[] = [
  { format: 'bold', label: 'B', title: zh.editor.bold },
  { format: 'italic', label: 'I', title: zh.editor.italic },
  { format: 'underline', label: 'U', title: zh.editor.underline },
];

const aligns: { align: ElementFormatType; icon: IconName; title: string }[] = [
  { align: 'left', icon: 'alignLeft', title: zh.editor.alignLeft },
  { align: 'center', icon: 'alignCenter', title: zh.editor.alignCenter },
  { align: 'right', icon: 'alignRight', title: zh.editor.alignRight },
  { align: 'justify', icon: 'alignJustify', title: zh.editor.alignJustify },
];

/** Paragraph style, character formats, lists and alignment. */
export function FormatControls({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [blockType, setBlockType] = useState<BlockType | null>('paragraph');
  const [active, setActive] = useState<Record<string, boolean>>({});

  const refresh = useCallback(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    setBlockType($blockTypeAtSelection());
    const next = Object.fromEntries(formats.map((f) => [f.format, selection.hasFormat(f.format)]));
    // Same object shape every keystroke: keep the old one so React skips the re-render.
    setActive((prev) => (formats.every((f) => prev[f.format] === next[f.format]) ? prev : next));
  }, []);

  useEffect(() => watchSelection(editor, refresh), [editor, refresh]);

  const setBlock = (type: BlockType) => {
    if (type === 'bullet')
      editor.dispatchCommand(blockType === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (type === 'number')
      editor.dispatchCommand(blockType === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, type);
    editor.focus();
  };

  return (
    <>
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
      <button
        type="button"
        className={blockType === 'bullet' ? 'active' : ''}
        title={zh.editor.bulletList}
        aria-label={zh.editor.bulletList}
        disabled={disabled}
        onClick={() => setBlock('bullet')}
      >
        <Icon name="bullet" />
      </button>
      <button
        type="button"
        className={blockType === 'number' ? 'active' : ''}
        title={zh.editor.numberList}
        aria-label={zh.editor.numberList}
        disabled={disabled}
        onClick={() => setBlock('number')}
      >
        <Icon name="number" />
      </button>
      {aligns.map((a) => (
        <button
          key={a.align}
          type="button"
          title={a.title}
          aria-label={a.title}
          disabled={disabled}
          onClick={() => editor.dispatchCommand(FORMAT_ELEMENT_COMMAND, a.align)}
        >
          <Icon name={a.icon} />
        </button>
      ))}
    </>
  );
}
