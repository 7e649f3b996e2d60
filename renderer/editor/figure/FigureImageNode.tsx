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
import { type FigureImageRef, NODE, type OriginalPhoto, storedOriginal } from '../../../core/document/nodes';
import { type PhotoEdit, photoEditSchema } from '../../../core/photo-edit';
import { BlockDecoratorNode } from '../block-decorator-node';
import { assetUrl } from './asset-url';

const FigureImageView = lazy(() => import('./FigureImageView'));

export type SerializedFigureImageNode = Spread<
  {
    sha256: string | null;
    width: number;
    height: number;
    name: string;
    original?: ReturnType<typeof storedOriginal>;
    edit?: PhotoEdit;
  },
  SerializedLexicalNode
>;

/**
 * The photo of a figure: a reference to an asset in the report file (by assetKey), never the
 * image bytes. A null assetKey is a placeholder: the caption exists, the photo is still missing.
 */
export class FigureImageNode extends BlockDecoratorNode {
  __assetKey: string | null;
  __width: number;
  __height: number;
  __name: string;
  __original: OriginalPhoto | undefined;
  __edit: PhotoEdit | undefined;

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
    this.__assetKey = image?.assetKey ?? null;
    this.__width = image?.width ?? 0;
    this.__height = image?.height ?? 0;
    this.__name = image?.name ?? '';
    this.__original = image?.original;
    this.__edit = image?.edit;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedFigureImageNode>): this {
    const { sha256: assetKey, width, height, name } = serialized;
    const image =
      typeof assetKey === 'string' && assetKey
        ? {
            assetKey,
            width: Number(width) || 0,
            height: Number(height) || 0,
            name: typeof name === 'string' ? name : '',
          }
        : null;
    return super.updateFromJSON(serialized).setImage(image && { ...image, ...editOf(serialized) });
  }

  override exportJSON(): SerializedFigureImageNode {
    const edited =
      this.__original && this.__edit ? { original: storedOriginal(this.__original), edit: this.__edit } : {};
    return {
      ...super.exportJSON(),
      sha256: this.__assetKey,
      width: this.__width,
      height: this.__height,
      name: this.__name,
      ...edited,
    };
  }

  getImage(): FigureImageRef | null {
    return this.getLatest().imageRef();
  }

  /** This version's fields as a reference (no active editor state needed, as in clone and decorate). */
  private imageRef(): FigureImageRef | null {
    if (!this.__assetKey) return null;
    const edited = this.__original && this.__edit ? { original: this.__original, edit: this.__edit } : {};
    return { assetKey: this.__assetKey, width: this.__width, height: this.__height, name: this.__name, ...edited };
  }

  setImage(image: FigureImageRef | null): this {
    const self = this.getWritable();
    self.__assetKey = image?.assetKey ?? null;
    self.__width = image?.width ?? 0;
    self.__height = image?.height ?? 0;
    self.__name = image?.name ?? '';
    self.__original = image?.original;
    self.__edit = image?.edit;
    return self;
  }

  override blockClassName(): string {
    return 'rp-figure-image';
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('img');
    if (this.__assetKey) element.setAttribute('src', assetUrl(this.__assetKey, false));
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

/** A turned or cropped photo's original and edit, when the stored JSON holds a valid pair. */
function editOf(serialized: LexicalUpdateJSON<SerializedFigureImageNode>): Pick<FigureImageRef, 'original' | 'edit'> {
  const { original, edit } = serialized;
  const parsed = photoEditSchema.safeParse(edit);
  if (!parsed.success || !original || typeof original.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(original.sha256))
    return {};
  return {
    original: { assetKey: original.sha256, width: Number(original.width) || 0, height: Number(original.height) || 0 },
    edit: parsed.data,
  };
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
