import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $applyNodeReplacement,
  $getNodeByKey,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { NODE } from '../../../core/document/nodes';
import { zh } from '../../../core/zh';

export type SerializedWritingPromptNode = Spread<{ prompt: string }, SerializedLexicalNode>;

/**
 * A template's writing prompt (写什么、写多少): grey, not editable, removed with its × or with
 * Backspace. It is left out of every print, export, count and check (core/report-tree.ts).
 */
export class WritingPromptNode extends DecoratorNode<JSX.Element> {
  __prompt: string;

  static override getType(): string {
    return NODE.writingPrompt;
  }

  static override clone(node: WritingPromptNode): WritingPromptNode {
    return new WritingPromptNode(node.__prompt, node.__key);
  }

  static override importJSON(serialized: SerializedWritingPromptNode): WritingPromptNode {
    return $createWritingPromptNode(serialized.prompt).updateFromJSON(serialized);
  }

  constructor(prompt: string, key?: NodeKey) {
    super(key);
    this.__prompt = prompt;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedWritingPromptNode>): this {
    return super.updateFromJSON(serialized);
  }

  override exportJSON(): SerializedWritingPromptNode {
    return { ...super.exportJSON(), prompt: this.getLatest().__prompt };
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'rp-prompt';
    dom.contentEditable = 'false';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** Copied text leaves prompts behind, as print does. */
  override exportDOM(): DOMExportOutput {
    return { element: null };
  }

  override isInline(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <WritingPrompt nodeKey={this.__key} prompt={this.__prompt} />;
  }
}

function WritingPrompt({ nodeKey, prompt }: { nodeKey: NodeKey; prompt: string }) {
  const [editor] = useLexicalComposerContext();
  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());
  return (
    <>
      <span className="rp-prompt-text">{prompt}</span>
      {editor.isEditable() && (
        <button
          type="button"
          className="rp-prompt-remove"
          title={zh.editor.removePrompt}
          aria-label={zh.editor.removePrompt}
          onClick={remove}
        >
          ×
        </button>
      )}
    </>
  );
}

export function $createWritingPromptNode(prompt: string): WritingPromptNode {
  return $applyNodeReplacement(new WritingPromptNode(prompt));
}

export function $isWritingPromptNode(node: LexicalNode | null | undefined): node is WritingPromptNode {
  return node instanceof WritingPromptNode;
}
