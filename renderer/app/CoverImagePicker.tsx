import { useState } from 'react';
import type { CoverImage } from '../../core/report-meta';
import { zh } from '../../core/zh';
import { assetUrl } from '../editor/figure/asset-url';
import { pickPhotos } from '../editor/figure/photo-upload';

/** One cover picture in 报告设置: sized for print as any photo (stored in the report), shown small, removable. */
export function CoverImagePicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: CoverImage | null;
  onChange: (value: CoverImage | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const pick = async () => {
    const { images, errors } = await pickPhotos();
    const first = images[0];
    if (first) {
      setError(null);
      onChange({ sha256: first.assetKey, width: first.width, height: first.height });
    } else if (errors[0]) setError(zh.settings.imageFailed(errors[0].name));
  };
  return (
    <div className="cover-image" role="group" aria-label={label}>
      <span className="cover-image-label">{label}</span>
      {value ? (
        <img src={assetUrl(value.sha256, true)} alt={label} />
      ) : (
        <span className="cover-image-none">{zh.settings.noImage}</span>
      )}
      <button type="button" onClick={() => void pick()}>
        {zh.settings.pickImage}
      </button>
      {value && (
        <button type="button" onClick={() => onChange(null)}>
          {zh.settings.removeImage}
        </button>
      )}
      {error && (
        <span className="cover-image-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
