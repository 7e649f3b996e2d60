import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { zh } from '../../core/zh';
import { useOutline } from './use-headings';

export function NavigationPane() {
  const [editor] = useLexicalComposerContext();
  const outline = useOutline();
  return (
    <nav className="nav-pane" aria-label={zh.editor.navigation}>
      <h2>{zh.editor.navigation}</h2>
      {outline.length === 0 ? (
        <p className="muted">{zh.editor.noHeadings}</p>
      ) : (
        <ol>
          {outline.map((h) => (
            <li key={h.key} className={`nav-l${h.level}`}>
              <button type="button" onClick={() => editor.getElementByKey(h.key)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
                <span className="nav-num">{h.label}</span>
                <span className="nav-text">{h.text || '（空标题）'}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
