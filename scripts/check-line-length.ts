import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Part of `npm run lint`: no line of code, style, markup or configuration runs past 120
 * characters. Biome's formatter keeps code within that width but never breaks a string, a
 * regular expression or a comment, so this check covers what it leaves. Left out are data whose
 * strings cannot be broken (JSON: report templates, reviewed findings), prose (Markdown), and
 * the HTML that LibreOffice turned into committed .docx fixtures (a picture there is one data
 * URI, and a changed source means a new .docx). `npx tsx scripts/check-line-length.ts core`
 * checks some folders.
 */
export const MAX_LINE_LENGTH = 120;
const CHECKED = /\.(?:[cm]?[jt]sx?|css|html|jsonc|ya?ml|sh)$/;
const LEFT_OUT = /^tests\/fixtures\/libreoffice\/src\//;

export interface LongLine {
  file: string;
  line: number;
  length: number;
}

/** Counts characters (code points), so a Chinese character is one, as a reader counts it. */
export function longLines(file: string, text: string): LongLine[] {
  return text.split('\n').flatMap((content, index) => {
    const length = [...content.replace(/\r$/, '')].length;
    return length > MAX_LINE_LENGTH ? [{ file, line: index + 1, length }] : [];
  });
}

function filesToCheck(root: string, folders: string[]): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...folders],
    { cwd: root, encoding: 'utf8' },
  );
  return listed.split('\0').filter((file) => CHECKED.test(file) && !LEFT_OUT.test(file));
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const found = filesToCheck(root, process.argv.slice(2)).flatMap((file) =>
    longLines(file, readFileSync(resolve(root, file), 'utf8')),
  );
  for (const { file, line, length } of found) console.error(`${file}:${line}: ${length} characters`);
  if (found.length > 0) {
    const count = found.length === 1 ? '1 line is' : `${found.length} lines are`;
    console.error(`${count} longer than ${MAX_LINE_LENGTH} characters.`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
