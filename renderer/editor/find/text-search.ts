import { $isDataFieldNode } from '../data-field/DataFieldNode';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type NodeKey,
  type TextNode,
} from 'lexical';

export interface TextPoint {
  key: NodeKey;
  offset: number;
}

export interface TextMatch {
  start: TextPoint;
  end: TextPoint;
}

/** Runs of adjacent text nodes in one block: a match may cross bold/italic boundaries, never blocks. */
function $textRuns(): TextNode[][] {
  const runs: TextNode[][] = [];
  const walk = (element: ElementNode) => {
    let run: TextNode[] = [];
    for (const child of element.getChildren()) {
      if ($isTextNode(child)) run.push(child);
      else {
        if (run.length) runs.push(run);
        run = [];
        if ($isElementNode(child)) walk(child);
      }
    }
    if (run.length) runs.push(run);
  };
  walk($getRoot());
  return runs;
}

function locate(run: TextNode[], starts: number[], index: number, isEnd: boolean): TextPoint {
  for (let i = run.length - 1; i >= 0; i -= 1) {
    const start = starts[i]!;
    // An end that falls exactly on a boundary belongs to the node before it.
    if (isEnd ? index > start || (index === start && i === 0) : index >= start)
      return { key: run[i]!.getKey(), offset: index - start };
  }
  return { key: run[0]!.getKey(), offset: 0 };
}

/** Every occurrence of `query` in reading order. */
export function $findMatches(query: string): TextMatch[] {
  if (!query) return [];
  const matches: TextMatch[] = [];
  for (const run of $textRuns()) {
    const starts: number[] = [];
    let text = '';
    for (const node of run) {
      starts.push(text.length);
      text += node.getTextContent();
    }
    for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) {
      matches.push({ start: locate(run, starts, at, false), end: locate(run, starts, at + query.length, true) });
    }
  }
  return matches;
}

export function $selectMatch(match: TextMatch): void {
  const selection = $createRangeSelection();
  selection.anchor.set(match.start.key, match.start.offset, 'text');
  selection.focus.set(match.end.key, match.end.offset, 'text');
  $setSelection(selection);
}

/**
 * Replaces matches from the last to the first so earlier offsets stay valid; returns how many.
 * A match in a number from 数据 (a data field) is left: typed over, it would stop following the
 * data, and it is changed in 数据 instead.
 */
export function $replaceMatches(matches: TextMatch[], replacement: string): number {
  let replaced = 0;
  for (const match of [...matches].reverse()) {
    const selection = $createRangeSelection();
    selection.anchor.set(match.start.key, match.start.offset, 'text');
    selection.focus.set(match.end.key, match.end.offset, 'text');
    if (selection.getNodes().some($isDataFieldNode)) continue;
    selection.insertText(replacement);
    replaced += 1;
  }
  return replaced;
}
