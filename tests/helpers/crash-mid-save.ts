// Child process for tests/store/file-safety.test.ts: starts a save large enough that SQLite
// writes part of it into the report file before committing, then dies (a power cut, a killed
// app), leaving the file half-written beside its rollback journal.
import Database from 'better-sqlite3';
import { largeDoc } from './doc';

const path = process.argv[2];
if (!path) throw new Error('usage: crash-mid-save.ts <file.nianbao>');
const db = new Database(path, { fileMustExist: true });
// A tiny page cache makes SQLite spill changed pages into the file during the transaction.
db.pragma('cache_size = 2');
db.exec('BEGIN IMMEDIATE');
db.prepare('UPDATE document SET json = ? WHERE id = 1').run(JSON.stringify(largeDoc(2000)));
process.stdout.write('spilled\n');
process.kill(process.pid, 'SIGKILL');
