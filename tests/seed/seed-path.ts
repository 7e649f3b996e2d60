import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real seed report (a bureau's published 2025 report, as text), shared beside the repository
 * in ../shared and never part of it. Only `npm run test:seed`, the benches and the screenshots
 * read it; the main suite uses tests/fixtures/synthetic-report.ts.
 */
export const SEED_PATH = resolve(import.meta.dirname, '../../../shared/seed/changji-2025-report.txt');

export const hasSeed = (): boolean => existsSync(SEED_PATH);
