import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { changeQuantities } from '../../core/data/edit';
import { templateData } from '../../core/templates/report-templates';
import { reportMetaSchema } from '../../core/report-meta';
import { reportData } from '../../electron/store/report-data';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, sampleMeta, snapshot, tempDir } from '../helpers/files';

function raw<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('数据 in the report file', () => {
  it("a report from before 数据 (schema 4) opens read-only untouched, and writable with its kind's data", async () => {
    const dir = tempDir();
    const path = join(dir, 'old.nianbao');
    (await ReportFile.create(path, reportMetaSchema.parse({ ...sampleMeta, kind: 'school' }))).close();
    raw(path, (db) => {
      db.exec('DROP TABLE data; ALTER TABLE snapshots DROP COLUMN data; DELETE FROM schema_migrations WHERE id >= 5;');
      db.pragma('user_version = 4');
    });
    const before = snapshot(path, dir);
    const readOnly = await ReportFile.open(path, { readOnly: true });
    expect(readOnly.data).toBeNull();
    expect(reportData(readOnly).quantities.map((q) => q.id)).toContain('students');
    readOnly.close();
    expect(snapshot(path, dir)).toEqual(before);
    const file = closeLater(await ReportFile.open(path));
    file.saveData(changeQuantities(reportData(file), [{ ref: '在校生数', value: 6531 }]));
    expect(file.data!.quantities.find((q) => q.id === 'students')!.value).toBe(6531);
  });

  it("a bureau report without data gets a region's; a damaged data row stops it opening, file untouched", async () => {
    const dir = tempDir();
    const path = join(dir, 'r.nianbao');
    const file = await ReportFile.create(path, sampleMeta);
    expect(file.data).toBeNull();
    expect(reportData(file)).toEqual(templateData('prefecture'));
    file.saveData(templateData('school'));
    file.close();
    raw(path, (db) => db.prepare('UPDATE data SET json = \'{"version":1,"quantities":[{"id":"x"}]}\'').run());
    const before = snapshot(path, dir);
    await expect(ReportFile.open(path)).rejects.toMatchObject({ error: { code: 'DAMAGED' } });
    expect(snapshot(path, dir)).toEqual(before);
  });
});
