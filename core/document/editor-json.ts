import { z } from 'zod';

/**
 * The stored truth of a report is the Lexical editor state JSON. Core reads it without
 * Lexical itself, so only the shape every serialized node shares is fixed here; each node
 * type's own fields are read where they are used.
 */
export interface SerializedNodeJSON {
  type: string;
  version: number;
  children?: SerializedNodeJSON[];
  text?: string;
  [field: string]: unknown;
}

export interface EditorStateJSON {
  root: SerializedNodeJSON;
}

/** Bumped when the document JSON changes shape in a way older builds cannot read. */
export const DOCUMENT_SCHEMA_VERSION = 1;

const MAX_DEPTH = 64;

const nodeSchema: z.ZodType<SerializedNodeJSON> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1).max(64),
    version: z.number().int().nonnegative(),
    children: z.array(nodeSchema).optional(),
    text: z.string().optional(),
  }),
);

export const editorStateSchema = z
  .object({ root: nodeSchema })
  .refine((state) => state.root.type === 'root', { message: 'root node must be of type "root"' })
  .refine((state) => depth(state.root) <= MAX_DEPTH, { message: `document nested deeper than ${MAX_DEPTH}` });

function depth(node: SerializedNodeJSON): number {
  let deepest = 0;
  for (const child of node.children ?? []) deepest = Math.max(deepest, depth(child));
  return deepest + 1;
}

export function emptyDocument(): EditorStateJSON {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] }],
    },
  };
}

/** Plain text of a node and everything under it; line breaks become "\n". */
export function nodeText(node: SerializedNodeJSON): string {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'tab') return '\t';
  return (node.children ?? []).map(nodeText).join('');
}
