import { $isQuoteNode, QuoteNode } from '@lexical/rich-text';
import { $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { $blocksWithin, $replaceWithBlocks } from './block-split';

/** The outermost quote that holds `quote`, or `quote` itself. */
function $outermostQuote(quote: QuoteNode): QuoteNode {
  let outermost = quote;
  for (let node = quote.getParent(); node; node = node.getParent()) if ($isQuoteNode(node)) outermost = node;
  return outermost;
}

/** `quote` and every quote inside it, outer ones first. */
function $quotesFrom(quote: QuoteNode): QuoteNode[] {
  const quotes: QuoteNode[] = [];
  const stack: LexicalNode[] = [quote];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ($isQuoteNode(node)) quotes.push(node);
    if ($isElementNode(node)) stack.push(...node.getChildren().reverse());
  }
  return quotes;
}

/**
 * A quote holds a line of text. Quotes nested in quotes, or holding paragraphs and lists (web
 * pages and mail nest blockquote in blockquote), become plain paragraphs where they stood,
 * every text kept in order; what else they held stays, a level up.
 */
export function registerQuoteBlocks(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(QuoteNode, (quote) => {
    const outermost = $outermostQuote(quote);
    if (outermost === quote && quote.getChildren().every((child) => child.isInline())) return;
    for (const inner of $quotesFrom(outermost))
      $replaceWithBlocks(
        inner,
        $blocksWithin(inner, () => false),
      );
  });
}
