import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $isParagraphNode, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { zh } from '../../../core/zh';
import { $isPageBreakNode } from '../page-break/PageBreakNode';
import { $isWritingPromptNode } from '../prompt/WritingPromptNode';

/**
 * Text before the first heading prints under a 前言 title of its own (core/print/print-html.ts).
 * The editor marks the first block of that text with the same word, so the writer sees the
 * page they will get instead of finding it in the PDF.
 */
export function PrefacePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let marked: HTMLElement | null = null;
    const refresh = () => {
      const key = editor.getEditorState().read($firstPrefaceBlock);
      const dom = key === null ? null : editor.getElementByKey(key);
      if (dom === marked) return;
      marked?.removeAttribute('data-preface');
      dom?.setAttribute('data-preface', zh.editor.preface);
      marked = dom;
    };
    refresh();
    return editor.registerUpdateListener(refresh);
  }, [editor]);
  return null;
}

/** The first printed block before the report's first heading, when a heading follows it (as print has it). */
export function $firstPrefaceBlock(): NodeKey | null {
  let first: LexicalNode | null = null;
  for (const node of $getRoot().getChildren()) {
    if ($isHeadingNode(node)) return first?.getKey() ?? null;
    if (first === null && prints(node)) first = node;
  }
  return null;
}

/** Writing prompts and page breaks never print; neither does an empty paragraph. */
function prints(node: LexicalNode): boolean {
  if ($isWritingPromptNode(node) || $isPageBreakNode(node)) return false;
  return !$isParagraphNode(node) || node.getTextContent().trim() !== '';
}
