// `npm run bench`: every benchmark prints its own figures. Speed and size targets are
// measured here, never in timed tests. Add a bench by listing it below.
export interface Bench {
  name: string;
  run(): Promise<void>;
}

const benches: Bench[] = [];

const only = process.argv[2];
for (const bench of benches) {
  if (only && !bench.name.includes(only)) continue;
  console.log(`\n## ${bench.name}`);
  await bench.run();
}
