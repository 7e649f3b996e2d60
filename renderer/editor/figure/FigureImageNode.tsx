import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { type JSX, Suspense, lazy } from 'react';
import { type FigureImageRef, NODE } from '../../../core/document/nodes';
import { BlockDecoratorNode } from '../block-decorator-node';
import { assetUrl } from './asset-url';

const FigureImageView = lazy(() => import('./FigureImageView'));

export type SerializedFigureImageNode = Spread<{ sha256: string | null; width: number; height: number; name: string }, SerializedLexicalNode>;

/**
 * The photo of a figure: a reference to an asset in the report file (by sha256), never the
 * image bytes. A null sha256 is a placeholder: the caption exists, the photo is still missing.
 */
export class FigureImageNode extends BlockDecoratorNode {
  __sha256: string | null;
  __width: number;
  __height: number;
  __name: string;

  static override getType(): string {
    return NODE.figureImage;
  }

  static override clone(node: FigureImageNode): FigureImageNode {
    return new FigureImageNode(node.imageRef(), node.__key);
  }

  static override importJSON(serialized: SerializedFigureImageNode): FigureImageNode {
    return $createFigureImageNode(null).updateFromJSON(serialized);
  }

  /** Pictures pasted from Word, WPS, WeChat or a web page become figures (see pasted-images.ts). */
  static override importDOM(): DOMConversionMap {
    return { img: () => ({ conversion: convertImageElement, priority: 0 }) };
  }

  constructor(image: FigureImageRef | null = null, key?: NodeKey) {
    super(key);
    this.__sha256 = image?.sha256 ?? null;
    this.__width = image?.width ?? 0;
    this.__height = image?.height ?? 0;
    this.__name = image?.name ?? '';
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedFigureImageNode>): this {
    const { sha256, width, height, name } = serialized;
    return super
      .updateFromJSON(serialized)
      .setImage(typeof sha256 === 'string' && sha256 ? { sha256, width: Number(width) || 0, height: Number(height) || 0, name: typeof name === 'string' ? name : '' } : null);
  }

  override exportJSON(): SerializedFigureImageNode {
    return { ...super.exportJSON(), sha256: this.__sha256, width: this.__width, height: this.__height, name: this.__name };
  }

  getImage(): FigureImageRef | null {
    return this.getLatest().imageRef();
  }

  /** This version's fields as a reference (no active editor state needed, as in clone and decorate). */
  private imageRef(): FigureImageRef | null {
    return this.__sha256 ? { sha256: this.__sha256, width: this.__width, height: this.__height, name: this.__name } : null;
  }

  setImage(image: FigureImageRef | null): this {
    const self = this.getWritable();
    self.__sha256 = image?.sha256 ?? null;
    self.__width = image?.width ?? 0;
    self.__height = image?.height ?? 0;
    self.__name = image?.name ?? '';
    return self;
  }

  override blockClassName(): string {
    return 'rp-figure-image';
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('img');
    if (this.__sha256) element.setAttribute('src', assetUrl(this.__sha256, false));
    element.setAttribute('alt', this.__name);
    return { element };
  }

  override decorate(): JSX.Element {
    return (
      <Suspense fallback={<div className="rp-figure-loading" />}>
        <FigureImageView nodeKey={this.getKey()} image={this.imageRef()} />
      </Suspense>
    );
  }
}

/** The pasted picture's source, kept only until FigurePlugin has stored it in the report. */
export const pastedSources = new WeakMap<FigureImageNode, string>();

function convertImageElement(element: HTMLElement): DOMConversionOutput {
  const node = $createFigureImageNode(null);
  const src = element.getAttribute('src') ?? '';
  if (src) pastedSources.set(node, src);
  return { node };
}

export function $createFigureImageNode(image: FigureImageRef | null): FigureImageNode {
  return $applyNodeReplacement(new FigureImageNode(image));
}

export function $isFigureImageNode(node: LexicalNode | null | undefined): node is FigureImageNode {
  return node instanceof FigureImageNode;
}
