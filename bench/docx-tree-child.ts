// One part of a docx import alone, in its own process (cold, as a first import is). Prints ms.
//   tree:  the .docx read into its typed model (core/import/docx), its pictures never read, nothing written;
//   warm:  the same a second time in this process, the code compiled (the app's second import of a session);
//   media: the .docx read and every picture inflated (zlib, on its threads), nothing else.
import { readFile } from 'node:fs/promises';
import { readDocxPackage } from '../electron/import/docx-package';
import { ZipArchive } from '../electron/import/zip-archive';

const [input, part = 'tree'] = process.argv.slice(2) as [string, string?];
if (part === 'warm') await readDocxPackage(ZipArchive.open(await readFile(input)));
const started = performance.now();
const archive = ZipArchive.open(await readFile(input));
if (part === 'media') await Promise.all(archive.list('word/media/').map((name) => archive.read(name)));
else await readDocxPackage(archive);
console.log(Math.round(performance.now() - started));
