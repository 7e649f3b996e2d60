import type { EditorStateJSON, SerializedNodeJSON } from '../document/editor-json';
import { NODE } from '../document/nodes';
import { allBlocks } from '../report-tree';
import { zh } from '../zh';
import { type RawFinding, type Rule, excerptOf } from './finding';

/** A data field in the document: the item it names and the path of the node it stands in. */
export interface DataFieldUse {
  dataId: string;
  /** Child indices from the root to the field itself. */
  path: number[];
}

/** What the data-field rules need beside the tree: the fields, and the ids 数据 holds now. */
export interface DataCheckInput {
  fields: readonly DataFieldUse[];
  known: ReadonlySet<string>;
}

export function dataFieldUses(doc: EditorStateJSON): DataFieldUse[] {
  const out: DataFieldUse[] = [];
  const walk = (node: SerializedNodeJSON, path: number[]) => {
    if (node.type === NODE.dataField && typeof node.dataId === 'string') out.push({ dataId: node.dataId, path });
    node.children?.forEach((child, i) => walk(child, [...path, i]));
  };
  walk(doc.root, []);
  return out;
}

/**
 * A number in the text whose quantity or indicator was deleted from 数据: it prints as
 * ［数据已删除］, which nobody means to publish. Pointed at the block it stands in (the longest
 * block path that starts its own), with that block's text.
 */
export const dataFieldGone: Rule = ({ tree, units, data }) => {
  if (!data) return [];
  const blocks = [...allBlocks(tree)];
  const out: RawFinding[] = [];
  for (const field of data.fields) {
    if (data.known.has(field.dataId)) continue;
    const block = blocks
      .filter((b) => b.path.every((index, depth) => field.path[depth] === index))
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (!block) continue;
    const text = units.find((u) => u.blockPath.join() === block.path.join())?.text ?? '';
    out.push({ rule: 'data-field-gone', severity: 'error', message: zh.check.messages.dataFieldGone, excerpt: excerptOf(text), suggestion: zh.check.messages.dataFieldGoneFix, blockPath: block.path, section: block.section });
  }
  return out;
};
