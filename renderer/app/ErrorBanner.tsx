import type { ApiError } from '../../core/errors';

export function ErrorBanner({ error, onDismiss }: { error: ApiError; onDismiss: () => void }) {
  return (
    <div className="error-banner" role="alert">
      <span>{error.message}</span>
      <button type="button" onClick={onDismiss} aria-label="关闭">
        ×
      </button>
    </div>
  );
}
