// Child process for tests/store/crash.test.ts: autosaves as fast as it can, acknowledging each
// save on stdout only after saveDocument returned, until it is killed.
import { ReportFile } from '../../electron/store/report-file';
import { autosaveDoc } from './doc';

const path = process.argv[2];
let counter = Number(process.argv[3] ?? 0);
if (!path || !Number.isInteger(counter)) throw new Error('usage: autosave-loop.ts <file.nianbao> <start counter>');
const file = await ReportFile.open(path);
if (file.readOnly) {
  process.stderr.write(`opened read-only: ${file.readOnlyReason}\n`);
  process.exit(3);
}
const tick = (): void => {
  counter += 1;
  file.saveDocument(autosaveDoc(counter));
  process.stdout.write(`ack ${counter}\n`);
  setImmediate(tick);
};
tick();
