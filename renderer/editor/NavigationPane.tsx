import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type DragEvent, useState } from 'react';
import { zh } from '../../core/zh';
import type { OutlineItem, ReportOutline } from './outline/report-outline';
import { revealBlock } from './reveal';
import { $moveSection } from './outline/sections';

/** 导航: numbered headings with their cases and figures; drag a heading to move its section. */
export function NavigationPane({ outline }: { outline: ReportOutline }) {
  const [editor] = useLexicalComposerContext();
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropKey, setDropKey] = useState<string | null>(null);

  const scrollTo = (item: OutlineItem) => {
    const element = editor.getElementByKey(item.blockKey);
    if (element) revealBlock(element);
  };

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
        <h2>{zh.editor.navigation}</h2>
        <p className="muted">{zh.editor.noHeadings}</p>
      </nav>
    );
  }

  return (
    <nav className="nav-pane" aria-label={zh.editor.navigation}>
      <h2>{zh.editor.navigation}</h2>
      <ol>
        {outline.items.map((item) =>
          item.kind === 'heading' ? (
            <li
              key={item.blockKey}
              className={`nav-l${item.level}${dropKey === item.blockKey ? ' nav-drop' : ''}`}
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
        <li className={`nav-end${dropKey === 'end' ? ' nav-drop' : ''}`} onDragOver={(e) => (e.preventDefault(), setDropKey('end'))} onDrop={(e) => drop(e, null)} />
      </ol>
    </nav>
  );
}
