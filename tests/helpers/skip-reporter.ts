import type { Reporter, TestModule } from 'vitest/node';

/**
 * Lists every skipped test at the end of a run with why it was skipped (tests/helpers/requires.ts
 * puts the reason in the test's name; a dynamic ctx.skip gives a note), since vitest's summary
 * only counts them. With NIANBAO_NO_SKIPS=1, as CI sets it, any skipped test fails the run.
 */
/** " (skipped: why)" as requires() appends it to a suite's or test's name. */
const SKIPPED_IN_NAME = / \(skipped: (.*?)\)(?= >|$)/;

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const skipped = modules.flatMap((m) =>
      [...m.children.allTests('skipped')].map((t) => {
        const result = t.result();
        const note = result.state === 'skipped' ? result.note : undefined;
        const named = SKIPPED_IN_NAME.exec(t.fullName);
        const name = named ? t.fullName.replace(named[0], '') : t.fullName;
        return { where: `${m.relativeModuleId} > ${name}`, reason: note ?? named?.[1] ?? 'no reason given' };
      }),
    );
    if (skipped.length === 0) return;
    const strict = process.env.NIANBAO_NO_SKIPS === '1';
    const log = strict ? console.error : console.log;
    log(`\n${skipped.length} test(s) skipped${strict ? ', which NIANBAO_NO_SKIPS=1 does not allow' : ''}:`);
    for (const { where, reason } of skipped) log(`  ↓ ${where}\n      reason: ${reason}`);
    if (strict) process.exitCode = 1;
  }
}
