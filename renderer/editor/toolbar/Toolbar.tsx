import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';
import { zh } from '../../../core/zh';
import { FormatControls } from './FormatControls';
import { Icon } from './icons';
import { InsertControls } from './InsertControls';
import { TableControls } from './TableControls';

/** Reads the selection and dispatches commands; it never edits nodes itself. */
export function Toolbar({
  disabled,
  onError,
  onFind,
  dataOpen,
  onData,
}: {
  disabled: boolean;
  onError: (message: string) => void;
  onFind: () => void;
  /** Whether the 数据 panel is open, and its toggle. */
  dataOpen: boolean;
  onData: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (v) => {
            setCanUndo(v);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (v) => {
            setCanRedo(v);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  return (
    <div className="toolbar" role="toolbar" aria-label="工具栏">
      <button
        type="button"
        title={zh.editor.undo}
        aria-label={zh.editor.undo}
        disabled={disabled || !canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        title={zh.editor.redo}
        aria-label={zh.editor.redo}
        disabled={disabled || !canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <Icon name="redo" />
      </button>
      <span className="toolbar-sep" />
      <FormatControls disabled={disabled} />
      <span className="toolbar-sep" />
      <InsertControls disabled={disabled} onError={onError} />
      <TableControls disabled={disabled} />
      <span className="toolbar-spacer" />
      <button
        type="button"
        className={dataOpen ? 'with-label active' : 'with-label'}
        title={zh.dataPanel.open}
        aria-pressed={dataOpen}
        onClick={onData}
      >
        <Icon name="data" />
        <span>{zh.dataPanel.title}</span>
      </button>
      <button type="button" title={zh.find.open} aria-label={zh.find.open} onClick={onFind}>
        <Icon name="search" />
      </button>
    </div>
  );
}
