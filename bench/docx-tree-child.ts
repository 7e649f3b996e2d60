// One part of a docx import alone, in its own process (cold, as a first import is). Prints ms.
//   tree:  the .docx read and mammoth's document tree built, its pictures never read, nothing written;
//   warm:  the same a second time in this process, the code compiled (the app's second import of a session);
//   media: the .docx read and every picture inflated (zlib, on its threads), nothing else.
import { readFile } from 'node:fs/promises';
import { readDocxTree } from '../electron/import/docx-blocks';
import { ZipArchive } from '../electron/import/zip-archive';

const [input, part = 'tree'] = process.argv.slice(2) as [string, string?];
if (part === 'warm') await readDocxTree(ZipArchive.open(await readFile(input)));
const started = performance.now();
const archive = ZipArchive.open(await readFile(input));
if (part === 'media') await Promise.all(archive.list('word/media/').map((name) => archive.read(name)));
else await readDocxTree(archive);
console.log(Math.round(performance.now() - started));
