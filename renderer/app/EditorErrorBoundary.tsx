import { Component, type ReactNode } from 'react';
import { zh } from '../../core/zh';

interface Props {
  children: ReactNode;
  onClose: () => void;
}

/**
 * A report whose content this build cannot show (a node type from a newer version, a
 * hand-edited file) must not leave a blank window: say so in Chinese and offer the way out.
 * Nothing is saved from a failed editor, so the file stays as it was.
 */
export class EditorErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="start">
        <section className="start-card" role="alert">
          <h1>{zh.editor.cannotShow}</h1>
          <p className="start-sub">{zh.editor.cannotShowHint}</p>
          <button type="button" className="primary" onClick={this.props.onClose}>
            {zh.menu.close}
          </button>
        </section>
      </main>
    );
  }
}
