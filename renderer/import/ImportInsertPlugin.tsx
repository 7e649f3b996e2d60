import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { setImportEditor } from './editor-bridge';
import { registerImportInsert } from './import-insert';

/** 插入文件 in the editor: handles INSERT_IMPORTED_COMMAND and lets the import dialog reach this editor. */
export function ImportInsertPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    setImportEditor(editor);
    const unregister = registerImportInsert(editor);
    return () => {
      unregister();
      setImportEditor(null);
    };
  }, [editor]);
  return null;
}
