import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** Runs a TypeScript entry point in a separate Node process, as `tsx` would. */
export function spawnTs(script: string, args: readonly string[] = []): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, script), ...args], {
    cwd: repoRoot,
    stdio: 'pipe',
  });
}

/** Calls `onLine` for every complete line the stream prints. */
export function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
}

/** Resolves once the process has exited and its output streams are drained. */
export function closed(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const ended = child.exitCode !== null || child.signalCode !== null;
  if (ended && child.stdout.closed && child.stderr.closed)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((done) => child.once('close', (code, signal) => done({ code, signal })));
}

/** Waits for a line matching `pattern`; rejects if the process ends first or `ms` pass. */
export function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp, ms = 15_000): Promise<string> {
  return new Promise((resolveLine, reject) => {
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern} within ${ms} ms; stderr: ${stderr}`)),
      ms,
    );
    onLines(child.stdout, (line) => {
      if (pattern.test(line)) {
        clearTimeout(timer);
        resolveLine(line);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code ?? signal}) before printing ${pattern}; stderr: ${stderr}`));
    });
  });
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function runTs(script: string, args: readonly string[]): Promise<RunResult> {
  const child = spawnTs(script, args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const { code } = await closed(child);
  return { code, stdout, stderr };
}
