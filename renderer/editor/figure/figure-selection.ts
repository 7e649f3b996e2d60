import { mergeRegister } from '@lexical/utils';
import {
  $createNodeSelection,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $isFigureNode, type FigureNode } from './FigureNode';
import { $isFigureRowNode } from './FigureRowNode';

/** Selects a figure whole, photo and caption, as a click on a picture does in Word. */
export function $selectFigure(figure: FigureNode): void {
  const selection = $createNodeSelection();
  selection.add(figure.getKey());
  $setSelection(selection);
}

export function $selectedFigures(): FigureNode[] {
  const selection = $getSelection();
  return $isNodeSelection(selection) ? selection.getNodes().filter($isFigureNode) : [];
}

/** Removes the selected figures, the caret left where they were. False when none is selected. */
function $removeSelectedFigures(event: KeyboardEvent | null): boolean {
  const figures = $selectedFigures();
  const last = figures.at(-1);
  if (!last) return false;
  event?.preventDefault();
  const parent = last.getParent();
  // A figure in a row leaves the row to its neighbours; the caret goes beside the whole block.
  const block = $isFigureRowNode(parent) ? parent : last;
  const next = block.getNextSibling();
  const previous = block.getPreviousSibling();
  for (const figure of figures) figure.remove();
  if ($isElementNode(next) && next.isAttached()) next.selectStart();
  else if ($isElementNode(previous) && previous.isAttached()) previous.selectEnd();
  else $setSelection(null);
  return true;
}

/** Marks the selected figures in the page (the .rp-selected frame), since a node selection shows no caret. */
function markSelected(editor: LexicalEditor): () => void {
  let marked: NodeKey[] = [];
  return editor.registerUpdateListener(({ editorState }) => {
    const keys = editorState.read(() => $selectedFigures().map((figure) => figure.getKey()));
    if (keys.join() === marked.join()) return;
    for (const key of marked) editor.getElementByKey(key)?.classList.remove('rp-selected');
    for (const key of keys) editor.getElementByKey(key)?.classList.add('rp-selected');
    marked = keys;
  });
}

/**
 * A press anywhere but on a photo or chart drops the figure selection first. Lexical keeps a node selection
 * through the selection changes a click makes, so the click would not move the caret.
 */
function releaseOnPress(editor: LexicalEditor): () => void {
  const onPress = (event: PointerEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('.rp-photo, .rp-chart-frame')) return;
    if (editor.getEditorState().read(() => $selectedFigures().length > 0)) editor.update(() => $setSelection(null));
  };
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('pointerdown', onPress);
    root?.addEventListener('pointerdown', onPress);
  });
}

/**
 * A selected figure (a click on its photo) goes whole: Delete and Backspace remove photo and
 * caption together, where Lexical would remove the photo alone and leave a 缺少照片 frame; cut,
 * copy and paste carry the whole figure through Lexical's own clipboard format.
 */
export function registerFigureSelection(editor: LexicalEditor): () => void {
  return mergeRegister(
    markSelected(editor),
    releaseOnPress(editor),
    editor.registerCommand(KEY_DELETE_COMMAND, $removeSelectedFigures, COMMAND_PRIORITY_LOW),
    editor.registerCommand(KEY_BACKSPACE_COMMAND, $removeSelectedFigures, COMMAND_PRIORITY_LOW),
  );
}

/** Selects the figure holding the node `key` (its photo), in an update of the editor. */
export function selectFigureOf(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    const figure = $getNodeByKey(key)?.getParent();
    if ($isFigureNode(figure)) $selectFigure(figure);
  });
}
