import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { deeperThan } from '../nesting-depth';

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

/**
 * Levels a saved document may have, the root being level 1. The deepest the model nests is
 * about a dozen (a list's third level in a table cell in a case); this leaves room and keeps
 * every recursive reader of the JSON well within its stack.
 */
export const MAX_DOCUMENT_DEPTH = 64;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

const nodeChildren = (node: unknown): readonly unknown[] => {
  const children = field(node, 'children');
  return Array.isArray(children) ? children : [];
};

/** Whether a document's nodes nest deeper than `limit` (a saved document's); safe on any value, however deep. */
export function documentTooDeep(state: unknown, limit = MAX_DOCUMENT_DEPTH): boolean {
  return deeperThan(field(state, 'root'), limit, nodeChildren);
}

const nodeSchema: z.ZodType<SerializedNodeJSON> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1).max(64),
    version: z.number().int().nonnegative(),
    children: z.array(nodeSchema).optional(),
    text: z.string().optional(),
  }),
);

/**
 * The depth is checked first, without recursion: the node schema recurses once per level. Its
 * issue names the error code the API answers with (params.errorCode) instead of BAD_INPUT.
 */
export const editorStateSchema = z
  .custom<{ root: unknown }>((state) => !documentTooDeep(state), {
    message: `document nested deeper than ${MAX_DOCUMENT_DEPTH}`,
    params: { errorCode: 'TOO_DEEP' satisfies ErrorCode },
  })
  .pipe(
    z.object({ root: nodeSchema }).refine((state) => state.root.type === 'root', {
      message: 'root node must be of type "root"',
    }),
  );

export function emptyDocument(): EditorStateJSON {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
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
