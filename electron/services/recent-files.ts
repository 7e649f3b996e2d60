import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { type RecentEntry, recentEntrySchema } from '../../core/api';

const MAX_RECENT = 12;

/** The 最近打开 list as the services use it. */
export interface RecentList {
  list(): RecentEntry[];
  add(path: string, title: string): void;
  forget(path: string): void;
}

/** The 最近打开 list, kept as a small JSON file in the user's settings folder. */
export class RecentFiles implements RecentList {
  constructor(private readonly file: string) {}

  list(): RecentEntry[] {
    try {
      const parsed = z.array(recentEntrySchema).safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  add(path: string, title: string, at = new Date()): void {
    const rest = this.list().filter((e) => e.path !== path);
    this.write([{ path, title, openedAt: at.toISOString() }, ...rest].slice(0, MAX_RECENT));
  }

  forget(path: string): void {
    this.write(this.list().filter((e) => e.path !== path));
  }

  /**
   * Replaces the list whole. The temporary file is this process's own: two app windows (or the
   * CLI) sharing a home once wrote one `.tmp`, and the slower one's rename failed its open.
   * The list is a convenience, so a failure to write it never fails the open it records.
   */
  private write(entries: RecentEntry[]): void {
    const tmp = `${this.file}.${process.pid}-${randomUUID()}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, JSON.stringify(entries, null, 2));
      renameSync(tmp, this.file);
    } catch (err) {
      rmSync(tmp, { force: true });
      console.warn(`recent list not written: ${(err as Error).message}`);
    }
  }
}
