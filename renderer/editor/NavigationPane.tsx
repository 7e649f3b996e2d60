import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type DragEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { zh } from '../../core/zh';
import type { OutlineItem, ReportOutline } from './outline/report-outline';
import { revealBlock } from './reveal';
import { $moveSection } from './outline/sections';
import { useHeadingInView } from './outline/use-heading-in-view';
import { useStoredFlag } from './use-stored-flag';

/**
 * 导航: numbered headings with their cases and figures; drag a heading to move its section. It
 * marks the section being read as the page scrolls, puts a heading picked in it at the top of the
 * view, and folds away to a narrow strip on small screens (remembered).
 */
export function NavigationPane({
  outline,
  scroller,
}: {
  outline: ReportOutline;
  scroller: RefObject<HTMLElement | null>;
}) {
  const [editor] = useLexicalComposerContext();
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useStoredFlag('nianbao.navigationCollapsed', false);
  const headingKeys = useMemo(
    () => (collapsed ? [] : outline.items.filter((i) => i.kind === 'heading').map((i) => i.blockKey)),
    [outline, collapsed],
  );
  const inView = useHeadingInView(editor, headingKeys, scroller);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (inView) list.current?.querySelector(`[data-key="${CSS.escape(inView)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [inView]);

  const scrollTo = (item: OutlineItem) => {
    const element = editor.getElementByKey(item.blockKey);
    if (element) revealBlock(element, item.kind === 'heading' ? 'start' : 'center');
  };

  if (collapsed) {
    return (
      <nav className="nav-pane nav-collapsed" aria-label={zh.editor.navigation}>
        <button
          type="button"
          className="nav-toggle"
          title={zh.editor.showNavigation}
          aria-expanded={false}
          onClick={() => setCollapsed(false)}
        >
          {zh.editor.navigation}
        </button>
      </nav>
    );
  }
  const header = (
    <h2>
      {zh.editor.navigation}
      <button
        type="button"
        className="nav-toggle"
        title={zh.editor.hideNavigation}
        aria-label={zh.editor.hideNavigation}
        aria-expanded
        onClick={() => setCollapsed(true)}
      >
        «
      </button>
    </h2>
  );

  const drop = (e: DragEvent, beforeKey: string | null) => {
    e.preventDefault();
    const key = dragKey ?? e.dataTransfer.getData('text/x-nianbao-heading');
    setDragKey(null);
    setDropKey(null);
    if (key) editor.update(() => void $moveSection(key, beforeKey));
  };

  if (outline.items.length === 0) {
    return (
      <nav className="nav-pane" aria-label={zh.editor.navigation}>
        {header}
        <p className="muted">{zh.editor.noHeadings}</p>
      </nav>
    );
  }

  return (
    <nav className="nav-pane" aria-label={zh.editor.navigation}>
      {header}
      <ol ref={list}>
        {outline.items.map((item) =>
          item.kind === 'heading' ? (
            <li
              key={item.blockKey}
              data-key={item.blockKey}
              className={
                `nav-l${item.level}` +
                (dropKey === item.blockKey ? ' nav-drop' : '') +
                (inView === item.blockKey ? ' nav-current' : '')
              }
              aria-current={inView === item.blockKey ? 'location' : undefined}
              draggable
              onDragStart={(e) => {
                setDragKey(item.blockKey);
                e.dataTransfer.setData('text/x-nianbao-heading', item.blockKey);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => {
                e.preventDefault();
                setDropKey(item.blockKey);
              }}
              onDragLeave={() => setDropKey(null)}
              onDrop={(e) => drop(e, item.blockKey)}
            >
              <button type="button" onClick={() => scrollTo(item)}>
                <span className="nav-num">{item.label}</span>
                <span className="nav-text">{item.text || zh.editor.emptyHeading}</span>
              </button>
            </li>
          ) : (
            <li key={`${item.kind}-${item.blockKey}`} className={`nav-item nav-${item.kind}`}>
              <button type="button" onClick={() => scrollTo(item)}>
                <span className="nav-num">{item.label}</span>
                <span className="nav-text">{item.text}</span>
              </button>
            </li>
          ),
        )}
        <li
          className={`nav-end${dropKey === 'end' ? ' nav-drop' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDropKey('end');
          }}
          onDrop={(e) => drop(e, null)}
        />
      </ol>
    </nav>
  );
}
