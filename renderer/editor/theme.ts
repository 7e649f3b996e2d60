import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'rp-paragraph',
  quote: 'rp-quote',
  heading: { h1: 'rp-h1', h2: 'rp-h2', h3: 'rp-h3', h4: 'rp-h4' },
  list: { ul: 'rp-ul', ol: 'rp-ol', listitem: 'rp-li', nested: { listitem: 'rp-li-nested' } },
  table: 'rp-table',
  tableCell: 'rp-td',
  tableCellHeader: 'rp-th',
  tableSelected: 'rp-table-selected',
  tableCellSelected: 'rp-cell-selected',
  text: { bold: 'rp-bold', italic: 'rp-italic', underline: 'rp-underline', strikethrough: 'rp-strike' },
};
