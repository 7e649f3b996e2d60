import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getNodeByKey, $getSelection, type LexicalNode, type NodeKey } from 'lexical';
import { type JSX, useContext, useEffect, useRef, useState } from 'react';
import { zh } from '../../../core/zh';
import { useEscape } from '../../app/use-escape';
import { DataStoreContext } from '../../data/data-store';
import { INSERT_CASE_COMMAND } from '../case/CasePlugin';
import { OPEN_DATA_PICKER_COMMAND } from '../data-field/DataFieldPlugin';
import { $outdatedIndicatorTable, UPDATE_INDICATOR_TABLE_COMMAND } from '../data-field/indicator-table';
import { $isFigureNode } from '../figure/FigureNode';
import { INSERT_FIGURES_COMMAND } from '../figure/FigurePlugin';
import { pickPhotos } from '../figure/photo-upload';
import { INSERT_CAPTIONED_TABLE_COMMAND } from '../table/ReportTablePlugin';
import { $selectionInTable, TABLE_EDIT_COMMAND, tableEdits } from '../table/table-edit';
import { $headingOf, $isNumberedHeading, $setHeadingNumbered } from '../numbering/heading-numbering';
import { $continueNumbering, $continuedStart, $restartNumbering, $topListOf } from '../numbering/list-numbering';
import { pasteFromClipboard } from './clipboard-paste';

const t = zh.contextMenu;

interface OpenMenu {
  x: number;
  y: number;
  inTable: boolean;
  /** The key of the indicator table right-clicked when it lists other indicators than 数据 has. */
  outdatedTable: string | null;
  /** The photo frame right-clicked, when it was one. */
  photo: HTMLElement | null;
  /** The heading right-clicked (or holding the caret), and whether it is numbered: 不编号 / 编号. */
  heading: { key: NodeKey; numbered: boolean } | null;
  /** The numbered list right-clicked, its start and the start that goes on from the list above: 继续编号 / 重新开始于1. */
  list: { key: NodeKey; start: number; continued: number | null } | null;
}

/** What the right-click stands in: the node under the pointer, else the caret's. */
function $clickedNode(target: HTMLElement | null): LexicalNode | null {
  const under = target ? $getNearestNodeFromDOMNode(target) : null;
  return under ?? $getSelection()?.getNodes()[0] ?? null;
}

function $numberingAt(target: HTMLElement | null): Pick<OpenMenu, 'heading' | 'list'> {
  const node = $clickedNode(target);
  const heading = $headingOf(node);
  const list = $topListOf(node);
  return {
    heading: heading && { key: heading.getKey(), numbered: $isNumberedHeading(heading) },
    list:
      list && list.getListType() === 'number'
        ? { key: list.getKey(), start: list.getStart(), continued: $continuedStart(list) }
        : null,
  };
}

type Item = { label: string; run: () => void } | 'separator';

/**
 * The page's own right-click menu, in Chinese and the same in Electron and the browser harness:
 * 剪切, 复制, 粘贴, 粘贴为纯文本 and 插入 (案例, 图片, 表格, 数据); on a heading 不编号 / 编号; in a
 * numbered list 继续编号 / 重新开始于1 (as Word and WPS offer them); in a table its row, column and
 * merge commands; on a photo 更换, 旋转, 裁剪, 还原 and 删除. Each item runs what the toolbar or the
 * photo's own tools run.
 */
export function ContextMenuPlugin({ onError }: { onError: (message: string) => void }): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const store = useContext(DataStoreContext);
  const list = useRef<HTMLDivElement>(null);
  // Esc gives the keys back to the page where the caret was, as closing a menu does in Word.
  useEscape(() => {
    setMenu(null);
    editor.focus();
  }, menu !== null);

  useEffect(() => {
    const onContextMenu = (e: MouseEvent) => {
      if (!editor.isEditable()) return;
      e.preventDefault();
      const target = e.target instanceof HTMLElement ? e.target : null;
      // The menu key (or Shift+F10) has no pointer position: open at the caret.
      const caret = window.getSelection()?.rangeCount
        ? window.getSelection()!.getRangeAt(0).getBoundingClientRect()
        : null;
      const keyboard = e.clientX === 0 && e.clientY === 0;
      // Lexical hears of the caret a right-click placed only on the next selectionchange: ask the page too.
      const inTable = (target?.closest('td, th') ?? null) !== null || editor.getEditorState().read($selectionInTable);
      const tableElement = target?.closest('table') ?? null;
      const outdatedTable =
        tableElement && editor.read(() => $outdatedIndicatorTable(tableElement, store?.getView() ?? null));
      setMenu({
        x: keyboard ? (caret?.left ?? 100) : e.clientX,
        y: keyboard ? (caret?.bottom ?? 100) : e.clientY,
        inTable,
        outdatedTable,
        photo: target?.closest<HTMLElement>('.rp-photo') ?? null,
        ...editor.read(() => $numberingAt(target)),
      });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', onContextMenu);
      root?.addEventListener('contextmenu', onContextMenu);
    });
  }, [editor, store]);

  useEffect(() => {
    if (!menu) return;
    const onDown = (e: MouseEvent) => {
      if (!list.current?.contains(e.target as Node)) setMenu(null);
    };
    document.addEventListener('mousedown', onDown);
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [menu]);

  if (!menu) return null;

  const root = editor.getRootElement();
  const paste = (plain: boolean) => () => void pasteFromClipboard(root, plain).catch(() => onError(t.pasteBlocked));
  const insertPhotos = async () => {
    const { images, errors } = await pickPhotos();
    if (errors[0]) onError(errors[0].error.message);
    if (images.length > 0) editor.dispatchCommand(INSERT_FIGURES_COMMAND, { images, row: false });
  };
  const photo = menu.photo;
  const removePhoto = () =>
    editor.update(() => {
      const node = photo ? $getNearestNodeFromDOMNode(photo) : null;
      const figure = node && ($isFigureNode(node) ? node : node.getParents().find($isFigureNode));
      figure?.remove();
    });
  const { heading, list: numberedList } = menu;
  const setHeadingNumbered = (numbered: boolean) => () =>
    editor.update(() => {
      const node = heading && $getNodeByKey(heading.key);
      const found = $headingOf(node);
      if (found) $setHeadingNumbered(found, numbered);
    });
  const renumberList = (continued: boolean) => () =>
    editor.update(() => {
      const found = $topListOf(numberedList && $getNodeByKey(numberedList.key));
      if (found && continued) $continueNumbering(found);
      else if (found) $restartNumbering(found);
    });
  const numberingItems: Item[] = [
    ...(heading
      ? [
          heading.numbered
            ? { label: t.headingUnnumbered, run: setHeadingNumbered(false) }
            : { label: t.headingNumbered, run: setHeadingNumbered(true) },
        ]
      : []),
    ...(numberedList && numberedList.continued !== null && numberedList.continued !== numberedList.start
      ? [{ label: t.continueNumbering, run: renumberList(true) }]
      : []),
    ...(numberedList && numberedList.start !== 1 ? [{ label: t.restartNumbering, run: renumberList(false) }] : []),
  ];
  const items: Item[] = [
    { label: t.cut, run: () => document.execCommand('cut') },
    { label: t.copy, run: () => document.execCommand('copy') },
    { label: t.paste, run: paste(false) },
    { label: t.pasteAsText, run: paste(true) },
    'separator',
    { label: t.insertCase, run: () => editor.dispatchCommand(INSERT_CASE_COMMAND, undefined) },
    { label: t.insertFigure, run: () => void insertPhotos() },
    {
      label: t.insertTable,
      run: () => editor.dispatchCommand(INSERT_CAPTIONED_TABLE_COMMAND, { rows: 3, columns: 3 }),
    },
    { label: t.insertData, run: () => editor.dispatchCommand(OPEN_DATA_PICKER_COMMAND, undefined) },
    ...(numberingItems.length > 0 ? ['separator' as const, ...numberingItems] : []),
    ...(menu.inTable
      ? [
          'separator' as const,
          ...(menu.outdatedTable
            ? [
                {
                  label: zh.dataField.updateTable,
                  run: () => editor.dispatchCommand(UPDATE_INDICATOR_TABLE_COMMAND, menu.outdatedTable ?? undefined),
                },
              ]
            : []),
          ...tableEdits.map((edit) => ({
            label: zh.table[edit],
            run: () => editor.dispatchCommand(TABLE_EDIT_COMMAND, edit),
          })),
        ]
      : []),
    ...(photo
      ? [
          'separator' as const,
          ...(['replace-photo', 'rotate-photo', 'crop-photo', 'restore-photo'] as const).flatMap((action) => {
            // The photo's own tools run these; a tool the photo does not offer (还原 of an unedited photo) is left out.
            const tool = photo.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
            return tool ? [{ label: tool.textContent ?? action, run: () => tool.click() }] : [];
          }),
          { label: zh.figure.remove, run: removePhoto },
        ]
      : []),
  ];

  // Kept inside the window: a menu opened near the right or bottom edge opens the other way.
  const left = Math.min(menu.x, window.innerWidth - 200);
  const top = Math.min(menu.y, window.innerHeight - 32 * items.length);
  return (
    <div
      ref={list}
      className="context-menu menu-list"
      role="menu"
      aria-label={t.label}
      style={{ left, top: Math.max(4, top) }}
    >
      {items.map((item, i) =>
        item === 'separator' ? (
          // A separator is known only by where it stands in this fixed list.
          // biome-ignore lint/suspicious/noArrayIndexKey: as the comment above says
          <hr key={`sep-${i}`} />
        ) : (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            // Keep the editor's selection: cut and copy act on it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setMenu(null);
              editor.focus();
              item.run();
            }}
          >
            {item.label}
          </button>
        ),
      )}
    </div>
  );
}
