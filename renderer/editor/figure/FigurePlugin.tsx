import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, type LexicalNode, createCommand } from 'lexical';
import { useEffect } from 'react';
import type { FigureImageRef } from '../../../core/document/nodes';
import { $insertBlocks } from '../insert-block';
import { $createFigureCaptionNode } from './FigureCaptionNode';
import { $createFigureImageNode } from './FigureImageNode';
import { $createFigureNode, type FigureNode } from './FigureNode';
import { $createFigureRowNode, MAX_ROW_FIGURES } from './FigureRowNode';
import { registerFigureDrag } from './figure-drag';
import { registerFigureSelection } from './figure-selection';
import { registerFigureStructure } from './figure-structure';
import { registerPastedImages } from './pasted-images';
import { isImageFile, uploadPhotos } from './photo-upload';

export interface InsertFiguresPayload {
  /** Photos to place; a null entry is a placeholder (caption now, photo later). */
  images: (FigureImageRef | null)[];
  /** Side by side (2–3 per row) instead of one below the other. */
  row: boolean;
}

export const INSERT_FIGURES_COMMAND = createCommand<InsertFiguresPayload>('INSERT_FIGURES_COMMAND');

function $figure(image: FigureImageRef | null): FigureNode {
  return $createFigureNode().append($createFigureImageNode(image), $createFigureCaptionNode());
}

/** Figures: insertion, structure repair, selection and moves, and photos pasted or dropped into the text. */
export function FigurePlugin({ onError }: { onError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        registerFigureStructure(editor),
        registerFigureSelection(editor),
        registerFigureDrag(editor),
        registerPastedImages(editor, onError),
        editor.registerCommand(
          INSERT_FIGURES_COMMAND,
          ({ images, row }) => {
            const figures = images.map($figure);
            const blocks: LexicalNode[] = [];
            if (row && figures.length >= 2) {
              for (let i = 0; i < figures.length; i += MAX_ROW_FIGURES) {
                const chunk = figures.slice(i, i + MAX_ROW_FIGURES);
                blocks.push(chunk.length >= 2 ? $createFigureRowNode().append(...chunk) : chunk[0]!);
              }
            } else blocks.push(...figures);
            $insertBlocks(blocks);
            figures[0]?.getLastChildOrThrow().selectStart();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          DRAG_DROP_PASTE,
          (files) => {
            const photos = files.filter(isImageFile);
            if (photos.length === 0) return false;
            void uploadPhotos(photos).then(({ images, errors }) => {
              if (errors[0]) onError(errors[0].error.message);
              if (images.length > 0)
                editor.dispatchCommand(INSERT_FIGURES_COMMAND, {
                  images,
                  row: images.length >= 2 && images.length <= MAX_ROW_FIGURES,
                });
            });
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, onError],
  );
  return null;
}
