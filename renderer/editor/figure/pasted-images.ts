import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isFigureImageNode, FigureImageNode, pastedSources } from './FigureImageNode';
import { type UploadResult, uploadBase64, uploadPastedFile } from './photo-upload';

/**
 * Pictures that arrive inside pasted HTML: those carried in the clipboard itself (data: URLs,
 * as from WeChat or a screenshot tool) and those Word/WPS left in temporary files (file://,
 * read by the Node side) are stored in the report like any photo; web addresses the offline
 * app cannot reach stay as 缺少照片 placeholders, with their captions, for the user to fill.
 */
export function registerPastedImages(editor: LexicalEditor, onError: (message: string) => void): () => void {
  return editor.registerMutationListener(
    FigureImageNode,
    (mutations) => {
      const toStore: [NodeKey, Source][] = [];
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation !== 'created') continue;
          const node = $getNodeByKey(key);
          const src = $isFigureImageNode(node) ? pastedSources.get(node) : undefined;
          const base64 = src?.match(/^data:image\/[\w.+-]+;base64,(.+)$/s)?.[1];
          if (base64) toStore.push([key, { base64 }]);
          else if (src?.startsWith('file:')) toStore.push([key, { fileUrl: src }]);
        }
      });
      for (const [key, source] of toStore) void store(editor, key, source, onError);
    },
    { skipInitialization: true },
  );
}

type Source = { base64: string } | { fileUrl: string };

async function store(
  editor: LexicalEditor,
  key: NodeKey,
  source: Source,
  onError: (message: string) => void,
): Promise<void> {
  const result: UploadResult = { images: [], errors: [] };
  if ('base64' in source) await uploadBase64('pasted-image', source.base64, result);
  else await uploadPastedFile(source.fileUrl, result);
  if (result.errors[0]) onError(result.errors[0].error.message);
  const image = result.images[0];
  if (!image) return;
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFigureImageNode(node) && node.getImage() === null) node.setImage(image);
  });
}
