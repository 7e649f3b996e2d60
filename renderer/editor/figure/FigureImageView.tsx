import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { type CSSProperties, type DragEvent, useState } from 'react';
import type { FigureImageRef } from '../../../core/document/nodes';
import { type PhotoEdit, UNEDITED, croppedWithin, isUnedited, turnedClockwise } from '../../../core/photo-edit';
import { zh } from '../../../core/zh';
import { apiClient } from '../../api-client';
import { $isFigureImageNode } from './FigureImageNode';
import { $isFigureNode } from './FigureNode';
import { assetUrl } from './asset-url';
import { startFigureDrag } from './figure-drag';
import { selectFigureOf } from './figure-selection';
import { PhotoCropper } from './PhotoCropper';
import { type UploadResult, isImageFile, pickPhotos, uploadPhotos } from './photo-upload';

function photoFrameStyle(image: FigureImageRef): CSSProperties | undefined {
  return image.width > 0 && image.height > 0
    ? ({ '--aspect': (image.width / image.height).toFixed(4) } as CSSProperties)
    : undefined;
}

/** A figure's photo (thumbnail first, full size on demand) or the 缺少照片 frame that takes one. */
export default function FigureImageView({ nodeKey, image }: { nodeKey: NodeKey; image: FigureImageRef | null }) {
  const [editor] = useLexicalComposerContext();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The photo whose bytes could not be loaded: an import's, still in a source that was moved away.
  const [notLoaded, setNotLoaded] = useState<string | null>(null);
  const [cropping, setCropping] = useState(false);
  const editable = editor.isEditable();

  const place = async (load: () => Promise<UploadResult>) => {
    setBusy(true);
    setError(null);
    const result = await load();
    setBusy(false);
    const first = result.images[0];
    if (result.errors[0]) setError(result.errors[0].error.message);
    if (!first) return;
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isFigureImageNode(node)) node.setImage(first);
    });
  };

  /**
   * Turns or crops the photo: the Node side makes the new picture from the original (kept in the
   * report), and the node keeps both, so 还原 and Ctrl+Z bring back the photo as it came in.
   */
  const applyEdit = async (photo: FigureImageRef, next: PhotoEdit) => {
    const original = photo.original ?? { assetKey: photo.assetKey, width: photo.width, height: photo.height };
    setBusy(true);
    setError(null);
    const made = isUnedited(next) ? null : await apiClient['assets.edit']({ assetKey: original.assetKey, edit: next });
    setBusy(false);
    if (made && !made.ok) return setError(made.error.message);
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!$isFigureImageNode(node)) return;
      const name = photo.name ?? '';
      node.setImage(
        made
          ? {
              assetKey: made.value.assetKey,
              width: made.value.width,
              height: made.value.height,
              name,
              original,
              edit: next,
            }
          : { ...original, name },
      );
    });
  };

  const remove = () =>
    editor.update(() => {
      const figure = $getNodeByKey(nodeKey)?.getParent();
      if ($isFigureNode(figure)) figure.remove();
    });

  const onDrop = (e: DragEvent) => {
    const files = Array.from(e.dataTransfer.files).filter(isImageFile);
    if (files.length === 0 || !editable) return;
    e.preventDefault();
    e.stopPropagation();
    void place(() => uploadPhotos(files.slice(0, 1)));
  };

  if (!image || notLoaded === image.assetKey) {
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for photos; the keyboard has its 选择照片 button
      <div
        className="rp-photo-missing"
        data-not-loaded={image ? 'true' : undefined}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <span>{busy ? zh.figure.uploading : image ? zh.figure.notLoaded : zh.figure.missing}</span>
        {editable && (
          <button type="button" disabled={busy} onClick={() => void place(pickPhotos)}>
            {zh.figure.pick}
          </button>
        )}
        {error && <span className="rp-photo-error">{error}</span>}
      </div>
    );
  }

  return (
    // The frame has the photo's printed size before the thumbnail arrives (CSS reads --aspect;
    // width/height give the image its ratio), so lazy loading never shifts the text below it.
    // The keyboard selects a photo through the editor (arrow keys), the click is the mouse's way.
    // biome-ignore lint/a11y/noStaticElementInteractions: as the comment above says
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above
    <div
      className="rp-photo"
      style={photoFrameStyle(image)}
      draggable={editable && !cropping}
      onDragStart={(e) => startFigureDrag(e.nativeEvent, nodeKey, editor)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      onClick={() => editable && selectFigureOf(editor, nodeKey)}
    >
      <img
        src={assetUrl(image.assetKey, true)}
        srcSet={`${assetUrl(image.assetKey, true)} 1x, ${assetUrl(image.assetKey, false)} 2x`}
        alt={image.name}
        width={image.width || undefined}
        height={image.height || undefined}
        loading="lazy"
        decoding="async"
        draggable={false}
        onError={() => setNotLoaded(image.assetKey)}
      />
      {editable && cropping && (
        <PhotoCropper
          onCancel={() => setCropping(false)}
          onDone={(drawn) => {
            setCropping(false);
            void applyEdit(image, croppedWithin(image.edit ?? UNEDITED, drawn));
          }}
        />
      )}
      {busy && <span className="rp-photo-busy">{zh.figure.editing}</span>}
      {error && <span className="rp-photo-error">{error}</span>}
      {editable && !cropping && (
        <div className="rp-photo-tools">
          <button
            type="button"
            title={zh.figure.replace}
            data-action="replace-photo"
            onClick={() => void place(pickPhotos)}
          >
            {zh.figure.replace}
          </button>
          <button
            type="button"
            title={zh.figure.rotateTitle}
            data-action="rotate-photo"
            disabled={busy}
            onClick={() => void applyEdit(image, turnedClockwise(image.edit ?? UNEDITED))}
          >
            {zh.figure.rotate}
          </button>
          <button
            type="button"
            title={zh.figure.cropTitle}
            data-action="crop-photo"
            disabled={busy}
            onClick={() => setCropping(true)}
          >
            {zh.figure.crop}
          </button>
          {image.original && (
            <button
              type="button"
              title={zh.figure.restoreTitle}
              data-action="restore-photo"
              disabled={busy}
              onClick={() => void applyEdit(image, UNEDITED)}
            >
              {zh.figure.restore}
            </button>
          )}
          <button type="button" title={zh.figure.remove} onClick={remove}>
            {zh.figure.remove}
          </button>
        </div>
      )}
    </div>
  );
}
