import { type DOMExportOutput, ElementNode } from 'lexical';

export interface BlockDomSpec {
  tag: string;
  className: string;
}

/**
 * What the report's block containers (case, case title, figure, caption, row, table caption)
 * share: a fixed element and class that never needs re-creating, no indentation, and an HTML
 * export marked with the node type so a copy pasted back into the editor keeps its meaning.
 */
export abstract class ReportElementNode extends ElementNode {
  abstract domSpec(): BlockDomSpec;

  override createDOM(): HTMLElement {
    const { tag, className } = this.domSpec();
    const dom = document.createElement(tag);
    dom.className = className;
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement(this.domSpec().tag);
    element.setAttribute('data-nianbao', this.getType());
    return { element };
  }

  override canIndent(): boolean {
    return false;
  }
}
