import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode } from '@lexical/rich-text';
import { TableNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import type { Klass, LexicalNode } from 'lexical';
import { useEffect } from 'react';
import type { NumberingOptions } from '../../../core/numbering';
import { CaseNode } from '../case/CaseNode';
import { CaseTitleNode } from '../case/CaseTitleNode';
import { FigureCaptionNode } from '../figure/FigureCaptionNode';
import { FigureImageNode } from '../figure/FigureImageNode';
import { FigureNode } from '../figure/FigureNode';
import { TableCaptionNode } from '../table/TableCaptionNode';
import { $computeOutline, type ReportOutline } from './report-outline';

const numberedNodes: Klass<LexicalNode>[] = [
  HeadingNode,
  CaseNode,
  CaseTitleNode,
  FigureNode,
  FigureImageNode,
  FigureCaptionNode,
  TableCaptionNode,
  TableNode,
];

/**
 * Keeps the live numbers on screen (as data-label attributes that CSS draws, so they are
 * never part of the editable text) and hands the numbered outline to the navigation pane.
 */
export function OutlinePlugin({
  numbering,
  onOutline,
}: {
  numbering: NumberingOptions;
  onOutline: (outline: ReportOutline) => void;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const refresh = () => {
      const outline = editor.getEditorState().read(() => $computeOutline(numbering));
      for (const item of outline.items) {
        const dom = editor.getElementByKey(item.labelKey);
        if (dom && dom.getAttribute('data-label') !== item.label) dom.setAttribute('data-label', item.label);
      }
      onOutline(outline);
    };
    refresh();
    // Only nodes that carry or affect a number trigger a recount; typing in body text does not.
    let scheduled = false;
    const onMutation = () => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        refresh();
      });
    };
    const labelled = new Set([
      HeadingNode.getType(),
      CaseTitleNode.getType(),
      FigureCaptionNode.getType(),
      TableCaptionNode.getType(),
    ]);
    return mergeRegister(
      // Structure: numbered nodes created, destroyed or moved.
      ...numberedNodes.map((klass) => editor.registerMutationListener(klass, onMutation, { skipInitialization: true })),
      // Text typed into a heading or caption changes what the navigation pane shows.
      editor.registerUpdateListener(({ editorState, dirtyElements }) => {
        for (const key of dirtyElements.keys()) {
          const node = editorState._nodeMap.get(key);
          if (node && labelled.has(node.getType())) return onMutation();
        }
      }),
    );
  }, [editor, numbering, onOutline]);
  return null;
}
