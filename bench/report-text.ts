import { readFileSync } from 'node:fs';
import { syntheticReport } from '../tests/fixtures/synthetic-report';
import { SEED_PATH, hasSeed } from '../tests/seed/seed-path';

export interface BenchReport {
  text: string;
  /** Which report it is, printed with every figure so that the two are never compared unawares. */
  label: string;
}

/**
 * The report text the import and check benches use: the synthetic report in the seed's shape and
 * size (tests/fixtures/synthetic-report.ts), which every clone has; with NIANBAO_BENCH_SEED=1,
 * the real seed in ../shared/seed where it is found.
 */
export function benchReport(): BenchReport {
  if (process.env.NIANBAO_BENCH_SEED === '1') {
    if (hasSeed()) return { text: readFileSync(SEED_PATH, 'utf8'), label: 'the real seed (../shared/seed)' };
    console.log(`NIANBAO_BENCH_SEED=1, but there is no ${SEED_PATH}: the synthetic report instead`);
  }
  return { text: syntheticReport().text, label: 'the synthetic report (tests/fixtures/synthetic-report.ts)' };
}
