import { type CheckRequest, type CheckResponse, checkDocument } from './check-document';

// Typed by hand: the renderer's TypeScript lib is the DOM's, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = ({ data }) => scope.postMessage({ id: data.id, findings: checkDocument(data) });
