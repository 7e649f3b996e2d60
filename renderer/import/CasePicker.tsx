import { useState } from 'react';
import { type SerializedNodeJSON, nodeText } from '../../core/document/editor-json';
import { NODE } from '../../core/document/nodes';
import { zh } from '../../core/zh';

/** The cases among a file's top-level blocks: where each stands, and its title. */
export function casesAmong(blocks: readonly SerializedNodeJSON[]): { at: number; title: string }[] {
  return blocks.flatMap((block, at) =>
    block.type === NODE.case ? [{ at, title: nodeText(block.children?.[0] ?? block).trim() }] : [],
  );
}

/**
 * 插入文件 of only some of a file's cases (a bureau taking two cases out of a school's report):
 * the file's cases, each with a box to tick; `onPick` gets the ticked ones' places, in order.
 */
export function CasePicker({
  cases,
  onPick,
  onCancel,
}: {
  cases: readonly { at: number; title: string }[];
  onPick: (at: number[]) => void;
  onCancel: () => void;
}) {
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const t = zh.importing;
  const toggle = (at: number) =>
    setTicked((now) => {
      const next = new Set(now);
      if (!next.delete(at)) next.add(at);
      return next;
    });
  return (
    <form
      className="import-pick"
      onSubmit={(e) => {
        e.preventDefault();
        onPick(cases.flatMap((c) => (ticked.has(c.at) ? [c.at] : [])));
      }}
    >
      <p className="import-hint">{t.pickCases(cases.length)}</p>
      <ol>
        {cases.map((c) => (
          <li key={c.at}>
            <label>
              <input type="checkbox" name="import-case" checked={ticked.has(c.at)} onChange={() => toggle(c.at)} />
              {c.title}
            </label>
          </li>
        ))}
      </ol>
      <div className="import-pick-actions">
        <button type="submit" className="primary" disabled={ticked.size === 0}>
          {t.insertPicked(ticked.size)}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancelPick}
        </button>
      </div>
    </form>
  );
}
