import { HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, type ElementNode, type LexicalEditor } from 'lexical';
import { $createCaseTitleNode, $isCaseTitleNode, CaseTitleNode } from './CaseTitleNode';
import { $isCaseNode, CaseNode } from './CaseNode';

function $toParagraph(node: ElementNode): void {
  const paragraph = $createParagraphNode();
  paragraph.append(...node.getChildren());
  node.replace(paragraph);
}

/**
 * Repairs malformed cases whatever edit produced them (paste, undo, a bad file): a case has
 * exactly one title, first, and at least one body block; no case inside a case; no headings
 * inside a case (a case belongs to the section it sits in).
 */
export function registerCaseStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(CaseNode, (node) => {
      const parentCase = node.getParent();
      if ($isCaseNode(parentCase)) {
        // Unwrap a nested case into its outer one.
        for (const child of node.getChildren()) {
          if ($isCaseTitleNode(child)) $toParagraph(child);
        }
        for (const child of node.getChildren().reverse()) node.insertAfter(child);
        node.remove();
        return;
      }
      const children = node.getChildren();
      const first = children[0];
      if (!$isCaseTitleNode(first)) {
        const title = $createCaseTitleNode();
        if (first) first.insertBefore(title);
        else node.append(title);
      }
      for (const extra of node.getChildren().slice(1)) if ($isCaseTitleNode(extra)) $toParagraph(extra);
      if (node.getChildrenSize() < 2) node.append($createParagraphNode());
    }),
    editor.registerNodeTransform(CaseTitleNode, (node) => {
      if (!$isCaseNode(node.getParent())) $toParagraph(node);
    }),
    editor.registerNodeTransform(HeadingNode, (node) => {
      if ($isCaseNode(node.getParent())) $toParagraph(node);
    }),
  );
}
