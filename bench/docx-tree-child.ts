// The converter alone, in its own process (cold, as a first import is): the .docx read and
// mammoth's document tree built, its pictures never read and nothing written. Prints ms.
import { readFile } from 'node:fs/promises';
import { readDocxTree } from '../electron/import/docx-blocks';
import { ZipArchive } from '../electron/import/zip-archive';

const started = performance.now();
await readDocxTree(ZipArchive.open(await readFile(process.argv[2]!)));
console.log(Math.round(performance.now() - started));
