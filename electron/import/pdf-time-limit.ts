/**
 * pdf.js reading one file longer than this is stopped with a message: a PDF of a few hundred
 * pages with photos reads in seconds, so this is a pathological file (millions of drawing
 * operators, a loop in its structure). A worker stuck without ever yielding is the pool's to end.
 * Its own module: the thread that starts workers needs the figure without loading pdf-reader.
 */
export const PDF_TIME_LIMIT_MS = 3 * 60_000;
