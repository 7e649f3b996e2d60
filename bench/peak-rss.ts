import { readFileSync } from 'node:fs';

/**
 * This process's peak resident memory. Not getrusage's maxRSS: Linux carries it over from the
 * parent through fork and exec, so a child of the bench (which holds the generated .docx) would
 * report the bench's own size. VmHWM belongs to this process's address space alone.
 */
export function peakRssMB(): number {
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return Math.round((kb === undefined ? process.resourceUsage().maxRSS : Number(kb)) / 1024);
}
