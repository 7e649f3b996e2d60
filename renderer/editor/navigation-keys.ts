import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

/**
 * Ctrl+Home/End and PageUp/PageDown (with Shift: select to there), done here rather than by the
 * browser. Its own versions read the layout of where the caret goes, and blocks off screen are
 * not laid out (content-visibility in styles.css): Ctrl+End would put the caret at the start of
 * the last block, PageDown somewhere above the screen.
 */
export function registerNavigationKeys(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (event.altKey) return false;
      const command = event.ctrlKey || event.metaKey;
      if (command && (event.key === 'Home' || event.key === 'End')) {
        event.preventDefault();
        moveToEdge(editor, event.key === 'Home' ? 'start' : 'end', event.shiftKey);
        return true;
      }
      if (!command && (event.key === 'PageDown' || event.key === 'PageUp')) {
        const moved = movePage(editor, event.key === 'PageDown' ? 1 : -1, event.shiftKey);
        if (moved) event.preventDefault();
        return moved;
      }
      return false;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}

function moveToEdge(editor: LexicalEditor, edge: 'start' | 'end', extend: boolean): void {
  editor.update(() => {
    const before = $getSelection();
    // Copied: selectStart/selectEnd move the current selection's points in place.
    const anchor = extend && $isRangeSelection(before) ? { ...before.anchor } : null;
    const root = $getRoot();
    const target = edge === 'start' ? root.selectStart() : root.selectEnd();
    if (anchor) target.anchor.set(anchor.key, anchor.offset, anchor.type);
  });
}

/**
 * Scrolls a screen up or down and puts the caret where it was on the screen, as Word does; at
 * the top or bottom of the report the caret goes to its start or end instead. The caret is
 * placed two frames later, once the blocks that came into view have been laid out.
 */
function movePage(editor: LexicalEditor, direction: 1 | -1, extend: boolean): boolean {
  const root = editor.getRootElement();
  const selection = window.getSelection();
  const scroller = root && scrollParent(root);
  if (!root || !scroller || !selection || selection.rangeCount === 0 || !root.contains(selection.focusNode))
    return false;
  const view = scroller.getBoundingClientRect();
  const caret = caretRect(selection);
  const x = clamp(caret.left + 1, view.left + 1, view.right - 1);
  // A line's height from the edges: blocks above taking their real size may still nudge the text.
  const y = clamp(caret.top + caret.height / 2, view.top + EDGE_MARGIN, view.bottom - EDGE_MARGIN);
  const before = scroller.scrollTop;
  // Two lines of the old screen stay in view, as in Word.
  scroller.scrollTop += direction * Math.max(view.height / 2, view.height - 80);
  if (scroller.scrollTop === before) {
    moveToEdge(editor, direction === 1 ? 'end' : 'start', extend);
    return true;
  }
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const hit = document.caretRangeFromPoint(x, y);
      if (!hit || !root.contains(hit.startContainer)) return;
      if (extend) selection.extend(hit.startContainer, hit.startOffset);
      else selection.collapse(hit.startContainer, hit.startOffset);
    }),
  );
  return true;
}

function caretRect(selection: Selection): DOMRect {
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(selection.focusNode === range.startContainer && selection.focusOffset === range.startOffset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  // A caret between blocks has no box of its own: use its block's.
  if (rect.height > 0) return rect;
  const node = selection.focusNode;
  return (node instanceof Element ? node : node?.parentElement)?.getBoundingClientRect() ?? rect;
}

function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

const EDGE_MARGIN = 40;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
