import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { HeadingCounter, type HeadingLevel, formatHeadingNumber } from '../../core/numbering';

export interface OutlineEntry {
  key: NodeKey;
  level: HeadingLevel;
  label: string;
  text: string;
}

/** The numbered headings, recomputed when the document changes (numbering rules from core). */
export function useOutline(): OutlineEntry[] {
  const [editor] = useLexicalComposerContext();
  const [outline, setOutline] = useState<OutlineEntry[]>([]);

  useEffect(() => {
    const compute = () =>
      editor.getEditorState().read(() => {
        const counter = new HeadingCounter();
        const entries: OutlineEntry[] = [];
        for (const node of $getRoot().getChildren()) {
          if (!$isHeadingNode(node)) continue;
          const level = Number(node.getTag().slice(1)) as HeadingLevel;
          if (level > 4) continue;
          entries.push({ key: node.getKey(), level, label: formatHeadingNumber(counter.next(level), 'decimal'), text: node.getTextContent() });
        }
        return entries;
      });
    setOutline(compute());
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) setOutline(compute());
    });
  }, [editor]);

  return outline;
}
