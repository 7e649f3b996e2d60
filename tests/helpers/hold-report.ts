// Child process for tests/store/second-process.test.ts: opens a report writable (taking its
// lock), says so, and keeps it open until killed.
import { ReportFile } from '../../electron/store/report-file';

const path = process.argv[2];
if (!path) throw new Error('usage: hold-report.ts <file.nianbao>');
const file = await ReportFile.open(path);
process.stdout.write(`ready ${file.readOnly ? 'read-only' : 'writable'} pid=${process.pid}\n`);
setInterval(() => {}, 1 << 30);
