import { $createListItemNode, $createListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  COMPOSITION_END_TAG,
  type EditorState,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type NodeKey,
  PASTE_TAG,
} from 'lexical';
import { useEffect } from 'react';
import { $isCaseNode } from '../case/CaseNode';
import { type ListMarker, listMarker } from './list-markers';

interface TypedMarker extends ListMarker {
  paragraph: NodeKey;
}

/** The list marker just typed as the whole text of a body paragraph, caret after it. */
function $typedMarker(prevState: EditorState, finishedComposing: boolean): TypedMarker | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  const paragraph = node.getParent();
  if (!$isTextNode(node) || !$isParagraphNode(paragraph) || paragraph.getChildrenSize() !== 1) return null;
  const parent = paragraph.getParent();
  if (!$isRootNode(parent) && !$isCaseNode(parent)) return null;
  const text = node.getTextContent();
  if (selection.anchor.offset !== text.length) return null;
  // Typed, not reached by deleting back to it: the text grew, or an input method just committed it.
  const before = prevState.read(() => $getNodeByKey(node.getKey())?.getTextContent() ?? '');
  if (!finishedComposing && before.length >= text.length) return null;
  const marker = listMarker(text);
  return marker && { ...marker, paragraph: paragraph.getKey() };
}

function $toList({ paragraph: key, listType, start }: TypedMarker): void {
  const paragraph = $getNodeByKey(key);
  if (!$isParagraphNode(paragraph)) return;
  const item = $createListItemNode();
  paragraph.replace($createListNode(listType, start).append(item));
  item.select();
}

function registerListAutoformat(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ tags, dirtyLeaves, editorState, prevEditorState }) => {
    if (dirtyLeaves.size === 0 || tags.has(HISTORIC_TAG) || tags.has(PASTE_TAG) || editor.isComposing()) return;
    const marker = editorState.read(() => $typedMarker(prevEditorState, tags.has(COMPOSITION_END_TAG)));
    // An update of its own, pushed on the undo stack: one Ctrl+Z gives the typed text back.
    if (marker) editor.update(() => $toList(marker), { tag: HISTORY_PUSH_TAG });
  });
}

/**
 * Word's list autoformat: "1. ", "（1）" or "- " typed at the start of a paragraph (in the body or
 * a case) turns it into a numbered or bulleted list; Ctrl+Z turns it back into the typed text.
 */
export function ListAutoformatPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerListAutoformat(editor), [editor]);
  return null;
}
