import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $createParagraphNode, $createTextNode, UNDO_COMMAND, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import type { NumberingOptions } from '../../core/numbering';
import { buildReportTree } from '../../core/report-tree';
import { $createCaseNode } from '../../renderer/editor/case/CaseNode';
import { $isCaseTitleNode } from '../../renderer/editor/case/CaseTitleNode';
import { $createFigureNode, $isFigureNode } from '../../renderer/editor/figure/FigureNode';
import { $createFigureCaptionNode } from '../../renderer/editor/figure/FigureCaptionNode';
import { $createFigureRowNode } from '../../renderer/editor/figure/FigureRowNode';
import { $isFigureImageNode } from '../../renderer/editor/figure/FigureImageNode';
import { $computeOutline } from '../../renderer/editor/outline/report-outline';
import { $moveSection } from '../../renderer/editor/outline/sections';
import { reportEditor, toJSON } from './headless';

const photo = (n: number) => ({
  assetKey: String(n).repeat(64).slice(0, 64),
  width: 2400,
  height: 1600,
  name: `p${n}.jpg`,
});

/** A small report using every node type, built with core's builders (the JSON contract). */
function sampleDoc(): EditorStateJSON {
  return build.document([
    build.heading(1, '基本情况'),
    build.paragraph(['全州共有', { text: '中职学校', bold: true }, '6所。']),
    build.tableCaption('学校一览'),
    build.table(
      [
        ['学校', '在校生'],
        ['木垒县职校', '800'],
      ],
      true,
    ),
    build.heading(2, '规模和结构'),
    build.list(false, ['第一', '第二']),
    build.nestedList([
      { content: '一级', depth: 0, ordered: true },
      { content: '二级甲', depth: 1, ordered: true },
      { content: '三级', depth: 2, ordered: false },
      { content: '二级乙', depth: 1, ordered: true },
      { content: '一级又一项', depth: 0, ordered: true },
    ]),
    build.heading(1, '人才培养质量'),
    build.caseBlock('产教融合育人', [
      build.paragraph('案例正文。'),
      build.figureRow([build.figure('实训现场', photo(1)), build.figure('技能比赛', photo(2))]),
    ]),
    build.figure('校园一角', null),
    build.pageBreak(),
    build.heading(1, '服务贡献'),
    build.figure('志愿服务', photo(3)),
  ]);
}

const labelsOf = (editor: ReturnType<typeof reportEditor>, options: NumberingOptions) =>
  editor.getEditorState().read(() => $computeOutline(options).items.map((i) => `${i.label} ${i.text}`));

describe('report nodes', () => {
  it('round-trip core’s document JSON unchanged: the editor and core share one schema', () => {
    const doc = sampleDoc();
    expect(toJSON(reportEditor(doc))).toEqual(doc);
  });

  it('keep a turned or cropped photo’s original and edit, and drop an edit that is not valid', () => {
    const edited = {
      ...photo(2),
      original: { assetKey: photo(1).assetKey, width: 2400, height: 1600 },
      edit: { rotate: 90 as const, crop: { x: 0.1, y: 0, width: 0.5, height: 1 } },
    };
    const doc = build.document([build.figure('图题', edited)]);
    expect(toJSON(reportEditor(doc))).toEqual(doc);
    const broken = build.document([build.figure('图题', { ...edited, edit: { rotate: 45 as never, crop: null } })]);
    const image = toJSON(reportEditor(broken)).root.children![0]!.children![0]! as Record<string, unknown>;
    expect(image).toMatchObject({ sha256: photo(2).assetKey });
    expect(image).not.toHaveProperty('edit');
  });

  it('number headings, cases, figures and tables exactly as the report tree does, in every style', () => {
    const doc = sampleDoc();
    const editor = reportEditor(doc);
    for (const options of [
      { headingNumbering: 'decimal', chapterLabel: 'none', figureNumbering: 'continuous', caseNumbering: 'continuous' },
      {
        headingNumbering: 'chinese',
        chapterLabel: 'none',
        figureNumbering: 'per-chapter',
        caseNumbering: 'per-chapter',
      },
      {
        headingNumbering: 'chinese',
        chapterLabel: 'part',
        figureNumbering: 'per-chapter',
        caseNumbering: 'continuous',
      },
      {
        headingNumbering: 'decimal',
        chapterLabel: 'chapter',
        figureNumbering: 'continuous',
        caseNumbering: 'per-chapter',
      },
    ] as const) {
      const tree = buildReportTree(doc, options);
      const fromTree = [
        ...tree.headings.map((h) => [h.path[0]!, 0, `${h.label} ${h.text}`] as const),
        ...tree.cases.map((c) => [c.path[0]!, 0, `${c.label} ${c.title}`] as const),
        ...tree.figures.map((f) => [f.path[0]!, f.number, `${f.label} ${f.caption}`] as const),
        ...tree.tables.map((t) => [t.path[0]!, 0, `${t.label} ${t.caption}`] as const),
      ]
        .sort((a, b) => a[0] - b[0] || a[1] - b[1])
        .map((x) => x[2]);
      expect(labelsOf(editor, options)).toEqual(fromTree);
    }
    expect(
      labelsOf(editor, {
        headingNumbering: 'chinese',
        chapterLabel: 'part',
        figureNumbering: 'continuous',
        caseNumbering: 'continuous',
      }).filter((l) => !/^[图表【]/.test(l)),
    ).toEqual(['第一部分 基本情况', '一、 规模和结构', '第二部分 人才培养质量', '第三部分 服务贡献']);
    expect(
      labelsOf(editor, {
        headingNumbering: 'decimal',
        chapterLabel: 'chapter',
        figureNumbering: 'continuous',
        caseNumbering: 'continuous',
      }).filter((l) => !/^[图表【]/.test(l)),
    ).toEqual(['第一章 基本情况', '1.1 规模和结构', '第二章 人才培养质量', '第三章 服务贡献']);
    expect(
      labelsOf(editor, {
        headingNumbering: 'decimal',
        chapterLabel: 'none',
        figureNumbering: 'continuous',
        caseNumbering: 'continuous',
      }),
    ).toEqual([
      '1 基本情况',
      '表1 学校一览',
      '1.1 规模和结构',
      '2 人才培养质量',
      '【案例1】 产教融合育人',
      '图1 实训现场',
      '图2 技能比赛',
      '图3 校园一角',
      '3 服务贡献',
      '图4 志愿服务',
    ]);
  });

  it('renumber after a section moves, after a deletion, and back after undo', async () => {
    const editor = reportEditor(sampleDoc());
    const options = {
      headingNumbering: 'decimal',
      chapterLabel: 'none',
      figureNumbering: 'continuous',
      caseNumbering: 'continuous',
    } as const;
    editor.update(
      () => {
        const headings = $getRoot().getChildren().filter($isHeadingNode);
        const service = headings.find((h) => h.getTextContent() === '服务贡献')!;
        $moveSection(service.getKey(), headings[0]!.getKey());
      },
      { discrete: true },
    );
    expect(labelsOf(editor, options).filter((l) => /^(\d|图)/.test(l))).toEqual([
      '1 服务贡献',
      '图1 志愿服务',
      '2 基本情况',
      '2.1 规模和结构',
      '3 人才培养质量',
      '图2 实训现场',
      '图3 技能比赛',
      '图4 校园一角',
    ]);

    editor.update(() => $getRoot().getChildren().find($isFigureNode)?.remove(), { discrete: true });
    expect(labelsOf(editor, options).filter((l) => l.startsWith('图'))).toEqual([
      '图1 实训现场',
      '图2 技能比赛',
      '图3 校园一角',
    ]);

    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve(); // commands commit in a microtask
    expect(labelsOf(editor, options).filter((l) => l.startsWith('图'))).toEqual([
      '图1 志愿服务',
      '图2 实训现场',
      '图3 技能比赛',
      '图4 校园一角',
    ]);
  });

  it('a section move never moves a section into itself', () => {
    const editor = reportEditor(sampleDoc());
    let moved = true;
    editor.update(
      () => {
        const [first, sub] = $getRoot().getChildren().filter($isHeadingNode);
        moved = $moveSection(first!.getKey(), sub!.getKey());
      },
      { discrete: true },
    );
    expect(moved).toBe(false);
    expect(toJSON(editor)).toEqual(sampleDoc());
  });
});

describe('structure repair', () => {
  const types = (nodes: LexicalNode[]) => nodes.map((n) => n.getType());

  it('gives a case without a title a title and a body', () => {
    const editor = reportEditor();
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append($createCaseNode().append($createParagraphNode().append($createTextNode('正文')))),
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const caseNode = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createCaseNode>>();
      expect(types(caseNode.getChildren())).toEqual(['case-title', 'paragraph']);
      expect($isCaseTitleNode(caseNode.getFirstChild())).toBe(true);
    });
  });

  it('gives a figure without a photo a placeholder, keeping its caption', () => {
    const editor = reportEditor();
    editor.update(
      () =>
        $getRoot()
          .clear()
          .append($createFigureNode().append($createFigureCaptionNode().append($createTextNode('缺图的图题')))),
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const figure = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createFigureNode>>();
      expect(types(figure.getChildren())).toEqual(['figure-image', 'figure-caption']);
      const image = figure.getFirstChild();
      expect($isFigureImageNode(image) && image.getImage()).toBe(null);
      expect(figure.getTextContent()).toBe('缺图的图题');
    });
  });

  it('unwraps a figure row left with one figure, and splits a row of four', () => {
    const editor = reportEditor(
      build.document([build.figureRow([build.figure('甲', photo(1)), build.figure('乙', photo(2))])]),
    );
    editor.update(
      () => {
        const row = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createFigureRowNode>>();
        row.getLastChildOrThrow().remove();
      },
      { discrete: true },
    );
    expect(toJSON(editor).root.children?.map((c) => c.type)).toEqual(['figure']);

    const four = reportEditor();
    four.update(
      () => {
        const figures = ['一', '二', '三', '四'].map((t) =>
          $createFigureNode().append($createFigureCaptionNode().append($createTextNode(t))),
        );
        $getRoot()
          .clear()
          .append($createFigureRowNode().append(...figures));
      },
      { discrete: true },
    );
    const rows = toJSON(four).root.children ?? [];
    expect(rows.map((r) => [r.type, r.children?.length])).toEqual([
      ['figure-row', 3],
      ['figure', 2],
    ]);
  });
});
