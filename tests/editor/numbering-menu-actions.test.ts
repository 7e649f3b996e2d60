import { $isListNode, type ListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { $isNumberedHeading, $setHeadingNumbered } from '../../renderer/editor/numbering/heading-numbering';
import { $continueNumbering, $continuedStart, $restartNumbering } from '../../renderer/editor/numbering/list-numbering';
import { $computeOutline } from '../../renderer/editor/outline/report-outline';
import { reportEditor, toJSON } from './headless';

const numbering = { headingNumbering: 'decimal', chapterLabel: 'none', figureNumbering: 'continuous' } as const;

describe('不编号 / 编号 on a heading', () => {
  it('keeps the setting in the document JSON, where the report tree and the outline read it', () => {
    const editor = reportEditor(build.document([build.heading(1, '摘要'), build.heading(1, '基本情况')]));
    editor.update(
      () => {
        const first = $getRoot().getFirstChild();
        if ($isHeadingNode(first)) $setHeadingNumbered(first, false);
      },
      { discrete: true },
    );
    const json = toJSON(editor);
    expect(json.root.children?.[0]).toMatchObject({ type: 'heading', $: { numbered: false } });
    expect(buildReportTree(json).headings.map((h) => h.label)).toEqual(['', '1']);
    expect(editor.read(() => $computeOutline(numbering).items.map((i) => i.label))).toEqual(['', '1']);
    // Read back from the JSON as it was saved, and set back to numbered, it leaves no trace.
    const reopened = reportEditor(json);
    reopened.update(
      () => {
        const first = $getRoot().getFirstChild();
        if ($isHeadingNode(first)) {
          expect($isNumberedHeading(first)).toBe(false);
          $setHeadingNumbered(first, true);
        }
      },
      { discrete: true },
    );
    expect(toJSON(reopened).root.children?.[0]).not.toHaveProperty('$');
  });
});

describe('继续编号 / 重新开始于1 on a list', () => {
  it('counts on from the numbered list above (its items with text only), and starts again at 1', () => {
    const editor = reportEditor(
      build.document([
        build.nestedList([
          { content: '完善专业设置', depth: 0, ordered: true },
          { content: '新增专业3个', depth: 1, ordered: true },
          { content: '深化产教融合', depth: 0, ordered: true },
        ]),
        build.paragraph('其中产教融合成效显著。'),
        build.list(false, ['说明']),
        build.list(true, ['加强师资建设', '提升服务能力']),
      ]),
    );
    const lists = () => $getRoot().getChildren().filter($isListNode) as ListNode[];
    // The bulleted list between is passed over; the first list has none above it.
    expect(editor.read(() => [$continuedStart(lists()[0]!), $continuedStart(lists()[2]!)])).toEqual([null, 3]);
    editor.update(() => void $continueNumbering(lists()[2]!), { discrete: true });
    expect(buildReportTree(toJSON(editor)).blocks.flatMap((b) => (b.kind === 'list' ? [b.start] : []))).toEqual([
      1, 1, 3,
    ]);
    editor.update(() => $restartNumbering(lists()[2]!), { discrete: true });
    expect(buildReportTree(toJSON(editor)).blocks.flatMap((b) => (b.kind === 'list' ? [b.start] : []))).toEqual([
      1, 1, 1,
    ]);
  });
});
