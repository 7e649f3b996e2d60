import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/** Every node type the report editor knows; the document JSON may contain only these. */
export const reportNodes: Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode];
