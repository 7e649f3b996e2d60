// Child process for tests/store/file-safety.test.ts: records `count` opens in a shared 最近打开
// list, as two app windows (or the app and the CLI) sharing one home do.
import { RecentFiles } from '../../electron/services/recent-files';

const [file, tag, count] = process.argv.slice(2);
if (!file || !tag || !count) throw new Error('usage: recent-loop.ts <recent.json> <tag> <count>');
const recent = new RecentFiles(file);
for (let i = 0; i < Number(count); i += 1) recent.add(`/reports/${tag}-${i % 20}.nianbao`, `${tag} ${i}`);
process.stdout.write('done\n');
