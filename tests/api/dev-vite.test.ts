import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startDevVite } from '../../electron/harness/dev-vite';

const repoRoot = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The local addresses (hex, as the kernel lists them) of the sockets listening on `port`. */
function listeningOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
      .map((fields) => fields[1]!.split(':')[0]!),
  );
}

describe.skipIf(!existsSync('/proc/net/tcp'))('npm run dev', () => {
  it('binds Vite’s hot-reload socket to 127.0.0.1 only', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const vite = await startDevVite(repoRoot, port);
    onTestFinished(() => vite.close());
    // 0100007F is 127.0.0.1; every interface would be 00000000 (or :: in tcp6).
    await expect.poll(() => listeningOn(port)).not.toEqual([]);
    expect(listeningOn(port)).toEqual(['0100007F']);
  });
});
