import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { registerListLevels } from './list-levels';
import { registerQuoteBlocks } from './quote-blocks';

/**
 * What may nest in what: lists three levels deep, quotes of text. Content nested past that, by
 * paste, drop, 插入文件 or a stored document, is flattened as it arrives, so it saves.
 */
export function registerNesting(editor: LexicalEditor): () => void {
  return mergeRegister(registerListLevels(editor), registerQuoteBlocks(editor));
}

export function NestingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNesting(editor), [editor]);
  return null;
}
