import { type ReportTree, allBlocks } from '../report-tree';
import type { TextUnit } from './finding';

/** Every piece of text in the report, in reading order, with the block it belongs to. */
export function textUnits(tree: ReportTree): TextUnit[] {
  const units: TextUnit[] = [];
  const push = (text: string, block: { path: number[]; section: number }, kind: TextUnit['kind']) => {
    if (text.trim()) units.push({ text, blockPath: block.path, section: block.section, kind });
  };
  for (const block of allBlocks(tree)) {
    switch (block.kind) {
      case 'heading':
        push(block.text, block, 'heading');
        break;
      case 'case':
        push(block.title, block, 'case-title');
        break;
      case 'paragraph':
        push(block.text, block, 'paragraph');
        break;
      case 'list':
        for (const item of block.items) push(item.text, block, 'list-item');
        break;
      case 'figure':
        push(block.caption, block, 'caption');
        break;
      case 'table':
        push(block.caption, block, 'caption');
        for (const row of block.rows) for (const cell of row) push(cell.text, block, 'table-cell');
        break;
      case 'stray-table-caption':
        push(block.text, block, 'caption');
        break;
      default:
        break;
    }
  }
  return units;
}
