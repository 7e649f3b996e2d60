import { DecoratorNode } from 'lexical';
import type { JSX } from 'react';

/**
 * A React-drawn block that the caret steps over (a photo, a chart, a page break): a fixed,
 * non-editable <div> of one class that never needs re-creating; the view draws inside it.
 */
export abstract class BlockDecoratorNode extends DecoratorNode<JSX.Element> {
  abstract blockClassName(): string;

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = this.blockClassName();
    dom.contentEditable = 'false';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isInline(): false {
    return false;
  }
}
