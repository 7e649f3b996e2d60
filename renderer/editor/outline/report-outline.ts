import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableNode } from '@lexical/table';
import { $getRoot, type LexicalNode, type NodeKey } from 'lexical';
import { type HeadingLevel, type NumberingOptions, ReportNumberer } from '../../../core/numbering';
import { $isCaseNode } from '../case/CaseNode';
import { $isCaseTitleNode } from '../case/CaseTitleNode';
import { $isFigureChartNode } from '../chart/FigureChartNode';
import { $isFigureCaptionNode } from '../figure/FigureCaptionNode';
import { $isFigureImageNode } from '../figure/FigureImageNode';
import { $isFigureNode } from '../figure/FigureNode';
import { $isFigureRowNode } from '../figure/FigureRowNode';
import { $isNumberedHeading } from '../numbering/heading-numbering';
import { $isTableCaptionNode } from '../table/TableCaptionNode';

export interface OutlineItem {
  kind: 'heading' | 'case' | 'figure' | 'table';
  /** The element that shows the label (heading, case title, caption). */
  labelKey: NodeKey;
  /** The block to scroll to and to move. */
  blockKey: NodeKey;
  label: string;
  text: string;
  level: HeadingLevel | null;
  hasImage: boolean;
}

export interface ReportOutline {
  items: OutlineItem[];
  cases: number;
  figures: number;
}

/**
 * Numbers every heading, case, figure and table from its position, with the same numberer
 * (core/numbering.ts) that the report tree, the PDF and the .docx use.
 */
export function $computeOutline(options: NumberingOptions): ReportOutline {
  const numberer = new ReportNumberer(options);
  const items: OutlineItem[] = [];
  let cases = 0;
  let figures = 0;

  const visit = (nodes: LexicalNode[]) => {
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i]!;
      if ($isHeadingNode(node)) {
        const level = Number(node.getTag().slice(1));
        if (level < 1 || level > 4) continue;
        const { label } = numberer.heading(level as HeadingLevel, $isNumberedHeading(node));
        items.push({
          kind: 'heading',
          labelKey: node.getKey(),
          blockKey: node.getKey(),
          label,
          text: node.getTextContent(),
          level: level as HeadingLevel,
          hasImage: false,
        });
      } else if ($isCaseNode(node)) {
        cases += 1;
        const title = node.getFirstChild();
        const { label } = numberer.caseStudy();
        if ($isCaseTitleNode(title))
          items.push({
            kind: 'case',
            labelKey: title.getKey(),
            blockKey: node.getKey(),
            label,
            text: title.getTextContent(),
            level: null,
            hasImage: false,
          });
        visit(node.getChildren());
      } else if ($isFigureNode(node)) {
        figures += 1;
        const { label } = numberer.figure();
        const caption = node.getLastChild();
        const image = node.getFirstChild();
        if ($isFigureCaptionNode(caption)) {
          items.push({
            kind: 'figure',
            labelKey: caption.getKey(),
            blockKey: node.getKey(),
            label,
            text: caption.getTextContent(),
            level: null,
            hasImage: $isFigureChartNode(image) || ($isFigureImageNode(image) && image.getImage() !== null),
          });
        }
      } else if ($isFigureRowNode(node)) {
        visit(node.getChildren());
      } else if ($isTableCaptionNode(node)) {
        const next = nodes[i + 1];
        if ($isTableNode(next)) {
          const { label } = numberer.table();
          items.push({
            kind: 'table',
            labelKey: node.getKey(),
            blockKey: node.getKey(),
            label,
            text: node.getTextContent(),
            level: null,
            hasImage: false,
          });
          i += 1;
        }
      } else if ($isTableNode(node)) {
        numberer.table();
      }
    }
  };
  visit($getRoot().getChildren());
  return { items, cases, figures };
}
