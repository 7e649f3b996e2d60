import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { TextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { zh } from '../../../core/zh';
import { useDataView } from '../../data/data-store';
import { $createDataFieldNode } from './DataFieldNode';
import { type DataItem, dataItems } from './data-items';
import { itemsStartingWith, typedName } from './name-match';

const t = zh.dataField;
/** A short list: the writer is typing a sentence, not browsing 数据. */
const MAX_OPTIONS = 6;

class DataOption extends MenuOption {
  constructor(readonly item: DataItem) {
    super(item.id);
  }
}

/**
 * Typing a quantity's name (在校生) opens a small list of the data it may mean; picking one puts
 * its field after the name, which stays as typed (在校生 + 6531人). Enter picks only once an
 * item is chosen with the arrow keys, so Enter at the end of a sentence still starts a new line.
 */
export function DataTypeahead() {
  const [editor] = useLexicalComposerContext();
  const view = useDataView();
  const items = useMemo(() => dataItems(view), [view]);
  const names = useMemo(() => items.map((item) => item.name), [items]);
  const [query, setQuery] = useState<string | null>(null);

  const trigger = useCallback(
    (text: string): MenuTextMatch | null => {
      const typed = typedName(text, names);
      return typed ? { leadOffset: text.length - typed.length, matchingString: typed, replaceableString: typed } : null;
    },
    [names],
  );
  const options = useMemo(
    () =>
      query
        ? itemsStartingWith(query, items, (item) => item.name)
            .slice(0, MAX_OPTIONS)
            .map((item) => new DataOption(item))
        : [],
    [query, items],
  );

  const onSelect = useCallback(
    (option: DataOption, typed: TextNode | null, close: () => void) => {
      editor.update(() => {
        const field = $createDataFieldNode(option.item.id, 'value', option.item.text);
        if (typed) typed.insertAfter(field);
        field.selectEnd();
      });
      close();
    },
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<DataOption>
      options={options}
      triggerFn={trigger}
      onQueryChange={setQuery}
      onSelectOption={onSelect}
      preselectFirstItem={false}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <div className="data-typeahead" role="listbox" aria-label={t.typeaheadLabel}>
                {options.map((option, i) => (
                  // The options are chosen with the arrow keys in the text, where the focus stays.
                  // biome-ignore lint/a11y/useFocusableInteractive: as the comment above says
                  // biome-ignore lint/a11y/useKeyWithClickEvents: as above
                  <div
                    key={option.key}
                    ref={option.setRefElement}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className={selectedIndex === i ? 'selected' : undefined}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => selectOptionAndCleanUp(option)}
                  >
                    <span className="data-typeahead-name">{option.item.name}</span>
                    <span className="data-typeahead-value">{option.item.text || t.empty}</span>
                  </div>
                ))}
                <div className="data-typeahead-hint">{t.typeaheadHint}</div>
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
