import { $getListDepth, $isListItemNode, $isListNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { MAX_LIST_DEPTH } from '../../core/document/nodes';

/** The depth (0 at the top) of the list item holding `node`, or null outside lists. */
function $listDepthOf(node: LexicalNode): number | null {
  const item = $findMatchingParent(node, $isListItemNode);
  const list = item?.getParent();
  return $isListNode(list) ? $getListDepth(list) - 1 : null;
}

/**
 * Tab and Shift+Tab in a list item move it a level down or up, as in Word. Outside lists Tab
 * does nothing here: paragraphs take no indentation in a report (the template sets it).
 */
export function registerListIndent(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      const depths = selection.getNodes().map($listDepthOf);
      if (depths.length === 0 || depths.some((d) => d === null)) return false;
      event.preventDefault();
      if (event.shiftKey) return editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined);
      // A level past the third would be numbered like the first: it stays where it is.
      if (depths.some((d) => d! >= MAX_LIST_DEPTH)) return true;
      return editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined);
    },
    COMMAND_PRIORITY_LOW,
  );
}
