import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isFigureImageNode, FigureImageNode, pastedSources } from './FigureImageNode';
import { type UploadResult, uploadBase64 } from './photo-upload';

/**
 * Pictures that arrive inside pasted HTML: those carried in the clipboard itself (data: URLs,
 * as from WeChat or a screenshot tool) are stored in the report like any photo; those that
 * point elsewhere (Word's temporary file:// copies, web addresses the offline app cannot
 * reach) stay as 缺少照片 placeholders, with their captions, for the user to fill.
 */
export function registerPastedImages(editor: LexicalEditor, onError: (message: string) => void): () => void {
  return editor.registerMutationListener(
    FigureImageNode,
    (mutations) => {
      const pending: [NodeKey, string][] = [];
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation !== 'created') continue;
          const node = $getNodeByKey(key);
          const src = $isFigureImageNode(node) ? pastedSources.get(node) : undefined;
          const base64 = src?.match(/^data:image\/[\w.+-]+;base64,(.+)$/s)?.[1];
          if (base64) pending.push([key, base64]);
        }
      });
      for (const [key, base64] of pending) void store(editor, key, base64, onError);
    },
    { skipInitialization: true },
  );
}

async function store(editor: LexicalEditor, key: NodeKey, base64: string, onError: (message: string) => void): Promise<void> {
  const result: UploadResult = { images: [], errors: [] };
  await uploadBase64('pasted-image', base64, result);
  if (result.errors[0]) onError(result.errors[0].error.message);
  const image = result.images[0];
  if (!image) return;
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFigureImageNode(node) && node.getImage() === null) node.setImage(image);
  });
}
