import { matchTableCaption } from '../../../core/import/caption-patterns';
import { NODE } from '../../../core/document/nodes';
import { previousElement } from './html-siblings';

/** The table with the wrappers Word puts around it (<div align=center>) that hold nothing else. */
function outermost(table: Element): Element {
  let block = table;
  while (block.parentElement && block.parentElement.tagName !== 'BODY' && block.parentElement.children.length === 1) {
    block = block.parentElement;
  }
  return block;
}

/**
 * Every table pasted from Word or a web page gets the caption a report table has above it (表N,
 * numbered from its place, listed in 导航): the caption Word had for it, its typed "表 1" left out,
 * when the line above reads as one; an empty one to fill in otherwise. True when one changed.
 */
export function captionTables(doc: Document): boolean {
  let changed = false;
  const tables = [...doc.querySelectorAll('table')].filter((table) => !table.parentElement?.closest('table'));
  for (const table of tables) {
    const block = outermost(table);
    const above = previousElement(block);
    if (above?.getAttribute('data-nianbao') === NODE.tableCaption) continue;
    const typed = above ? matchTableCaption((above.textContent ?? '').replace(/\s+/g, ' ').trim()) : null;
    changed = true;
    const caption = doc.createElement('p');
    caption.setAttribute('data-nianbao', NODE.tableCaption);
    if (above && typed) {
      caption.textContent = typed.text;
      above.replaceWith(caption);
    } else block.before(caption);
  }
  return changed;
}
