import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  createCommand,
} from 'lexical';
import { useEffect } from 'react';
import { $insertBlocks } from '../insert-block';
import { $lineAfter } from '../line-after';
import { $createCaseNode, $isCaseNode, type CaseNode } from './CaseNode';
import { $createCaseTitleNode, $isCaseTitleNode } from './CaseTitleNode';
import { registerCaseStructure } from './case-structure';

export const INSERT_CASE_COMMAND = createCommand<void>('INSERT_CASE_COMMAND');

function $caseAtSelection(): CaseNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return $findMatchingParent(selection.anchor.getNode(), $isCaseNode) as CaseNode | null;
}

/**
 * Cases: insertion (toolbar, Ctrl+Alt+C), structure repair, and leaving a case above or below.
 * A case is left only on purpose: Enter on its empty last line, Ctrl+Enter, or arrow keys past its ends.
 */
export function CasePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        registerCaseStructure(editor),
        editor.registerCommand(
          INSERT_CASE_COMMAND,
          () => {
            const caseNode = $createCaseNode();
            const title = $createCaseTitleNode();
            caseNode.append(title, $createParagraphNode());
            $insertBlocks([caseNode], $isCaseNode);
            title.select();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || !event.altKey || event.code !== 'KeyC') return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_CASE_COMMAND, undefined);
          },
          COMMAND_PRIORITY_NORMAL,
        ),
        // Enter on an empty last paragraph of a case leaves the case, as lists do in Word.
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
            const block = selection.anchor.getNode();
            const paragraph = $isParagraphNode(block) ? block : null;
            const caseNode = paragraph?.getParent();
            if (!paragraph || !$isCaseNode(caseNode) || paragraph.getNextSibling() !== null) return false;
            if (paragraph.getTextContentSize() > 0 || caseNode.getChildrenSize() <= 2) return false;
            event?.preventDefault();
            paragraph.remove();
            $lineAfter(caseNode).select();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Ctrl+Enter leaves the case from anywhere in it (a page break has no place inside its box).
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const ctrlEnter =
              (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key === 'Enter';
            const caseNode = ctrlEnter ? $caseAtSelection() : null;
            if (!caseNode) return false;
            event.preventDefault();
            $lineAfter(caseNode).select();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // Arrow down at the very end of a case that ends the report opens a paragraph below it.
        editor.registerCommand(
          KEY_ARROW_DOWN_COMMAND,
          () => {
            const caseNode = $caseAtSelection();
            const selection = $getSelection();
            if (!caseNode || caseNode.getNextSibling() !== null || !$isRangeSelection(selection)) return false;
            const last = caseNode.getLastDescendant();
            const focus = selection.focus;
            if (!last || focus.key !== last.getKey() || focus.offset !== last.getTextContentSize()) return false;
            $lineAfter(caseNode).select();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // Arrow up at the start of the title of a case that opens the report makes room above it.
        editor.registerCommand(
          KEY_ARROW_UP_COMMAND,
          () => {
            const caseNode = $caseAtSelection();
            const selection = $getSelection();
            if (
              !caseNode ||
              caseNode.getPreviousSibling() !== null ||
              !$isRangeSelection(selection) ||
              !selection.isCollapsed()
            )
              return false;
            const title = caseNode.getFirstChild();
            const anchor = selection.anchor;
            const atStart =
              anchor.offset === 0 &&
              $isCaseTitleNode(title) &&
              (anchor.key === title.getKey() || title.getFirstDescendant()?.getKey() === anchor.key);
            if (!atStart) return false;
            const paragraph = $createParagraphNode();
            caseNode.insertBefore(paragraph);
            paragraph.select();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
