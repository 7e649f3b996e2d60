/**
 * pdf.js's worker code, loaded in this thread (see pdf-reader.ts): untyped in the package; only its presence matters.
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
