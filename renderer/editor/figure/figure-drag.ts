import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNodeByKey,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $insertBlocks } from '../insert-block';
import { $isFigureNode } from './FigureNode';
import { $selectFigure } from './figure-selection';

/** The drag data type naming the figure a photo drag moves (its node key). */
export const FIGURE_DRAG_TYPE = 'application/x-nianbao-figure';

/** Starts moving the figure whose photo is dragged. */
export function startFigureDrag(event: DragEvent, photoKey: NodeKey, editor: LexicalEditor): void {
  const figureKey = editor.getEditorState().read(() => $getNodeByKey(photoKey)?.getParent()?.getKey());
  if (!figureKey || !event.dataTransfer) return;
  event.dataTransfer.setData(FIGURE_DRAG_TYPE, figureKey);
  event.dataTransfer.effectAllowed = 'move';
}

const isFigureDrag = (event: DragEvent): boolean => event.dataTransfer?.types.includes(FIGURE_DRAG_TYPE) ?? false;

/** Moves the dragged figure to where it is dropped, as a block, the caret's place split if need be. */
function $dropFigure(event: DragEvent): boolean {
  if (!isFigureDrag(event)) return false;
  event.preventDefault();
  const figure = $getNodeByKey(event.dataTransfer?.getData(FIGURE_DRAG_TYPE) ?? '');
  const range = document.caretRangeFromPoint(event.clientX, event.clientY);
  if (!$isFigureNode(figure) || !range) return true;
  const selection = $createRangeSelection();
  selection.applyDOMRange(range);
  // Dropped on itself (its own caption): nowhere to go.
  if (selection.anchor.getNode().is(figure) || figure.isParentOf(selection.anchor.getNode())) return true;
  $setSelection(selection);
  $insertBlocks([figure]);
  $selectFigure(figure);
  return true;
}

/**
 * A photo dragged elsewhere in the report (into or out of a case) moves with its caption, as a
 * picture does in Word; undo puts it back. Files dropped from outside are FigurePlugin's.
 */
export function registerFigureDrag(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      DRAGOVER_COMMAND,
      (event) => {
        if (!isFigureDrag(event)) return false;
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    editor.registerCommand(DROP_COMMAND, $dropFigure, COMMAND_PRIORITY_LOW),
  );
}
