import Database from 'better-sqlite3';
import {
  constants,
  accessSync,
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import {
  DOCUMENT_SCHEMA_VERSION,
  type EditorStateJSON,
  MAX_DOCUMENT_DEPTH,
  documentTooDeep,
  emptyDocument,
} from '../../core/document/editor-json';
import type { ReportData } from '../../core/data/data-schema';
import { ReportError } from '../../core/errors';
import { type ReportMeta, type ReportMetaInput, reportMetaSchema } from '../../core/report-meta';
import { zh } from '../../core/zh';
import {
  type AssetInfo,
  type SizedPhoto,
  type StoredAsset,
  deleteAssets,
  getAsset,
  getAssetInfo,
  listPhotosToSize,
  listAssets,
  putAsset,
  putAssets,
  replaceWithSized,
} from './assets';
import { diskFull } from './disk-full';
import { readData, writeData } from './report-data';
import { REPORT_APPLICATION_ID, readReportHeader } from './file-header';
import { LATEST_SCHEMA, appliedMigrations, migrate, verifyLedger } from './migrations/index';
import { type PhotoToRead, isPhotoToRead, listPhotosToRead, putPhotosToRead, storeReadPhoto } from './photos-to-read';
import { type LockResult, acquireReportLock } from './report-lock';
import { type FileIdentity, claimSaveTarget, fileIdentity, isSameFile, sameIdentity } from './save-target';
import { hasHotJournal, nonEmpty, removeBuildLeftovers } from './sidecars';
import {
  addSnapshot,
  adoptRevisions,
  editSnapshotDue,
  listSnapshots,
  nameSnapshot,
  snapshotBlockJson,
  snapshotData,
  snapshotDocument,
  snapshotInfo,
} from './snapshots';
import type { SnapshotInfo, SnapshotReason } from '../../core/history/snapshot';

export interface ReportFileOptions {
  /** Open without taking the edit lock, even when it is free. */
  readOnly?: boolean;
  /** Clock for timestamps and revision spacing (tests move it). */
  now?: () => Date;
}

/** What a new report starts with instead of an empty document. */
export interface InitialContent {
  document: EditorStateJSON;
  assets: Iterable<StoredAsset>;
  /** Photos the document shows that are read out of the source once the report is open. */
  photosToRead?: Iterable<PhotoToRead>;
  /** 数据 from the template (its quantities, empty, and indicators). */
  data?: ReportData;
}

const PAGE_SIZE = 16384;
const AUTO_VACUUM_INCREMENTAL = 2;

export interface StoredDocument {
  json: EditorStateJSON;
  updatedAt: string;
}

/**
 * One report = one SQLite file used as an application file format. Opening never modifies a
 * file that turns out not to be a healthy report of a schema this build understands.
 */
export class ReportFile {
  /** Which file on disk this connection writes to: a save refuses once another file took its path. */
  private readonly identity: FileIdentity | null;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    readonly readOnlyReason: string | null,
    private readonly releaseLock: () => void,
    private readonly now: () => Date,
    /** -wal/-shm that a read-only connection to an older, WAL-mode report created, removed on close. */
    private readonly sidecarsCreated: readonly string[] = [],
  ) {
    this.identity = fileIdentity(path);
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /**
   * Creates a report holding `content` (an import's document and photos) or an empty document.
   * Everything is written into a file beside the target, renamed into place only once complete,
   * so a crash or a failure never leaves half a report.
   */
  static async create(
    path: string,
    meta: ReportMetaInput,
    options: ReportFileOptions & { overwrite?: boolean; content?: InitialContent } = {},
  ): Promise<ReportFile> {
    const now = options.now ?? (() => new Date());
    if (existsSync(path) && !options.overwrite) throw new ReportError('ALREADY_EXISTS', path);
    const release = claimSaveTarget(path);
    const tmp = `${path}.creating-${process.pid}`;
    try {
      rmSync(tmp, { force: true });
      const db = new Database(tmp);
      try {
        // Photos are most of a report's bytes: 16 KB pages write them three times faster than 4 KB ones.
        db.pragma(`page_size = ${PAGE_SIZE}`);
        // Replacing photos kept as imported by their print-size versions frees most of a report's
        // pages: incremental vacuum gives them back to the disk a slice at a time (reclaimSpace).
        db.pragma('auto_vacuum = INCREMENTAL');
        // No journal and no syncs while building: the file is thrown away unless the build
        // completes, and is synced once, whole, before it is renamed into place.
        db.pragma('journal_mode = OFF');
        db.pragma('synchronous = OFF');
        db.pragma(`application_id = ${REPORT_APPLICATION_ID}`);
        migrate(db, now);
        db.transaction(() => {
          writeMeta(db, meta);
          db.prepare('INSERT INTO document (id, json, schema_version, updated_at) VALUES (1, ?, ?, ?)').run(
            JSON.stringify(options.content?.document ?? emptyDocument()),
            DOCUMENT_SCHEMA_VERSION,
            now().toISOString(),
          );
          if (options.content?.data) writeData(db, options.content.data, now());
          putAssets(db, options.content?.assets ?? [], now());
          putPhotosToRead(db, options.content?.photosToRead ?? [], now());
        })();
      } finally {
        db.close();
      }
      syncFile(tmp);
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      release();
      throw err instanceof ReportError ? err : (diskFull(err) ?? new ReportError('IO', (err as Error).message));
    }
    // Just built here, so the checks open() makes (reading every page of the photos) can be spared.
    return ReportFile.attachOrRelease(path, release, now);
  }

  static async open(path: string, options: ReportFileOptions = {}): Promise<ReportFile> {
    const now = options.now ?? (() => new Date());
    await checkHeader(path);
    removeBuildLeftovers(dirname(path));
    const lock = options.readOnly ? null : lockUnlessReadOnlyMedia(path);
    const holdsLock = lock !== null && lock !== 'read-only-media' && lock.acquired;
    const release = holdsLock ? lock.release : () => {};
    try {
      rollBackInterruptedSave(path, holdsLock);
      const probe = openVerified(path);
      let readOnlyReason: string | null = null;
      if (probe.truncated) readOnlyReason = zh.readOnly.truncated;
      else if (lock === null) readOnlyReason = zh.readOnly.requested;
      else if (lock === 'read-only-media') readOnlyReason = zh.readOnly.readOnlyMedia;
      else if (!lock.acquired) {
        readOnlyReason =
          lock.owner.host === hostname() ? zh.readOnly.lockedHere : zh.readOnly.lockedElsewhere(lock.owner.host);
      }
      if (readOnlyReason !== null)
        return new ReportFile(path, probe.db, readOnlyReason, release, now, probe.sidecarsCreated);
      probe.db.close();
      removeSidecarsWeCreated(path, probe.sidecarsCreated);
      return ReportFile.attach(path, release, now);
    } catch (err) {
      release();
      throw asReportError(err);
    }
  }

  private static attachOrRelease(path: string, release: () => void, now: () => Date): ReportFile {
    try {
      return ReportFile.attach(path, release, now);
    } catch (err) {
      release();
      throw asReportError(err);
    }
  }

  /** The writable connection to a file known to be a healthy report (checked, or just built) whose lock is held. */
  private static attach(path: string, release: () => void, now: () => Date): ReportFile {
    const db = new Database(path, { fileMustExist: true });
    try {
      configureWritable(db);
      if ((db.pragma('user_version', { simple: true }) as number) < LATEST_SCHEMA) migrate(db, now);
      adoptRevisions(db);
      const file = new ReportFile(path, db, null, release, now);
      const doc = db.prepare('SELECT json, schema_version AS v FROM document WHERE id = 1').get() as
        | { json: string; v: number }
        | undefined;
      if (doc) addSnapshot(db, 'open', doc.json, doc.v, now());
      return file;
    } catch (err) {
      db.close();
      throw err;
    }
  }

  get meta(): ReportMeta {
    return readMeta(this.db);
  }

  get document(): StoredDocument | null {
    const row = this.db.prepare('SELECT json, updated_at AS updatedAt FROM document WHERE id = 1').get() as
      | { json: string; updatedAt: string }
      | undefined;
    return row ? { json: JSON.parse(row.json) as EditorStateJSON, updatedAt: row.updatedAt } : null;
  }

  /**
   * Returns the save time once the write is durable and in the report file itself (synchronous=FULL,
   * rollback journal), so a copy of the file alone made right after holds it.
   */
  saveDocument(doc: EditorStateJSON): string {
    this.assertWritable();
    this.assertStillAtPath();
    const at = this.now();
    const json = JSON.stringify(doc);
    this.written(() => {
      this.db.transaction(() => {
        this.db
          .prepare(
            `INSERT INTO document (id, json, schema_version, updated_at) VALUES (1, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET
             json = excluded.json, schema_version = excluded.schema_version, updated_at = excluded.updated_at`,
          )
          .run(json, DOCUMENT_SCHEMA_VERSION, at.toISOString());
        if (editSnapshotDue(this.db, at)) addSnapshot(this.db, 'edit', json, DOCUMENT_SCHEMA_VERSION, at);
      })();
      this.checkpointIfWal();
    });
    return at.toISOString();
  }

  /** The report's 数据, or null for a report that has none stored yet (made before 数据 existed, or 空白). */
  get data(): ReportData | null {
    return readData(this.db);
  }

  /** Saves the 数据 with the document's guarantees: durable and in the file itself once this returns. */
  saveData(data: ReportData): string {
    this.assertWritable();
    this.assertStillAtPath();
    const at = this.now();
    this.written(() => {
      this.db.transaction(() => writeData(this.db, data, at))();
      this.checkpointIfWal();
    });
    return at.toISOString();
  }

  updateMeta(meta: ReportMetaInput): ReportMeta {
    this.assertWritable();
    this.assertStillAtPath();
    this.written(() => {
      this.db.transaction(() => writeMeta(this.db, meta))();
      this.checkpointIfWal();
    });
    return this.meta;
  }

  /**
   * Writes a compact copy to `path`, then continues editing the copy (as Word's 另存为 does).
   * Refuses this report itself under another spelling, and a file open in any 年报工坊 window.
   */
  async saveAs(path: string): Promise<ReportFile> {
    if (isSameFile(path, this.path)) throw new ReportError('TARGET_IN_USE', `${path} is the open report`);
    const release = claimSaveTarget(path);
    const tmp = `${path}.saving-${process.pid}`;
    try {
      rmSync(tmp, { force: true });
      this.db.prepare('VACUUM INTO ?').run(tmp);
      syncFile(tmp);
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      release();
      throw diskFull(err) ?? new ReportError('IO', (err as Error).message);
    }
    const copy = ReportFile.attachOrRelease(path, release, this.now);
    this.close();
    return copy;
  }

  /** 历史版本, oldest first. */
  snapshots(): SnapshotInfo[] {
    return listSnapshots(this.db);
  }

  snapshotDocument(id: number): EditorStateJSON | null {
    return snapshotDocument(this.db, id);
  }

  /** The 数据 kept with snapshot `id`, or null (none kept: a snapshot from before 数据). */
  snapshotData(id: number): ReportData | null {
    return snapshotData(this.db, id);
  }

  /** Keeps the current document as a snapshot (before 插入文件, 全部替换, an export; or named by the user). */
  takeSnapshot(reason: SnapshotReason, name: string | null = null): SnapshotInfo {
    this.assertWritable();
    const row = this.db.prepare('SELECT json, schema_version AS v FROM document WHERE id = 1').get() as
      | { json: string; v: number }
      | undefined;
    const id = this.db.transaction(() =>
      addSnapshot(
        this.db,
        reason,
        row?.json ?? JSON.stringify(emptyDocument()),
        row?.v ?? DOCUMENT_SCHEMA_VERSION,
        this.now(),
        name,
      ),
    )();
    return snapshotInfo(this.db, id)!;
  }

  /**
   * Puts snapshot `id` back as the document, after keeping the current one as a snapshot
   * ('restore'), so the restore can itself be taken back. Returns the save time.
   */
  restoreSnapshot(id: number): string {
    this.assertWritable();
    this.assertStillAtPath();
    const doc = snapshotDocument(this.db, id);
    if (!doc) throw new ReportError('SNAPSHOT_NOT_FOUND', String(id));
    const at = this.now();
    this.db.transaction(() => {
      const current = this.db.prepare('SELECT json, schema_version AS v FROM document WHERE id = 1').get() as
        | { json: string; v: number }
        | undefined;
      if (current) addSnapshot(this.db, 'restore', current.json, current.v, at);
      this.db
        .prepare('UPDATE document SET json = ?, schema_version = ?, updated_at = ? WHERE id = 1')
        .run(JSON.stringify(doc), DOCUMENT_SCHEMA_VERSION, at.toISOString());
      // The data as it was then comes back with the text (snapshots from before 数据 have none: kept as is).
      const data = snapshotData(this.db, id);
      if (data) writeData(this.db, data, at);
    })();
    this.checkpointIfWal();
    return at.toISOString();
  }

  nameSnapshot(id: number, name: string): SnapshotInfo {
    this.assertWritable();
    if (!nameSnapshot(this.db, id, name)) throw new ReportError('SNAPSHOT_NOT_FOUND', String(id));
    return snapshotInfo(this.db, id)!;
  }

  /** Stores a photo once per content hash; returns true when it was new. */
  putAsset(asset: StoredAsset): boolean {
    this.assertWritable();
    return this.written(() => putAsset(this.db, asset, this.now()));
  }

  /**
   * Stores many photos in one transaction (one sync to disk, not one per photo), and lists those
   * still to read out of their source; returns how many stored were new.
   */
  putAssets(assets: Iterable<StoredAsset>, photosToRead: Iterable<PhotoToRead> = []): number {
    this.assertWritable();
    const at = this.now();
    return this.written(() =>
      this.db.transaction(() => {
        putPhotosToRead(this.db, photosToRead, at);
        return putAssets(this.db, assets, at);
      })(),
    );
  }

  getAsset(assetKey: string): StoredAsset | null {
    return getAsset(this.db, assetKey);
  }

  /** Photos an import kept as imported, still to be sized for print. */
  listPhotosToSize(): string[] {
    return listPhotosToSize(this.db);
  }

  /** Photos an import's document shows that are still to be read out of its source, by source. */
  listPhotosToRead(): PhotoToRead[] {
    return listPhotosToRead(this.db);
  }

  isPhotoToRead(assetKey: string): boolean {
    return isPhotoToRead(this.db, assetKey);
  }

  /** Stores a photo read out of the source under the key the document uses, and strikes it off the list. */
  storeReadPhoto(asset: StoredAsset): void {
    this.assertWritable();
    this.written(() => storeReadPhoto(this.db, asset, this.now()));
  }

  /** Puts a photo sized for print in place of the one kept as imported (same key); false if it is gone or done. */
  replaceWithSized(assetKey: string, photo: SizedPhoto): boolean {
    this.assertWritable();
    return this.written(() => replaceWithSized(this.db, assetKey, photo));
  }

  /**
   * Gives up to `pages` free pages back to the disk; returns how many are still free. A no-op
   * (returning 0) for reports created before incremental vacuum, whose free pages are reused by
   * the photos added next. Each call blocks for a few milliseconds only, so autosave never waits long.
   */
  reclaimSpace(pages: number): number {
    this.assertWritable();
    if (this.db.pragma('auto_vacuum', { simple: true }) !== AUTO_VACUUM_INCREMENTAL) return 0;
    return this.written(() => {
      this.db.pragma(`incremental_vacuum(${Math.max(1, Math.floor(pages))})`);
      const free = this.db.pragma('freelist_count', { simple: true }) as number;
      this.checkpointIfWal();
      return free;
    });
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  listAssets(): AssetInfo[] {
    return listAssets(this.db);
  }

  assetInfo(assetKey: string): AssetInfo | null {
    return getAssetInfo(this.db, assetKey);
  }

  /** The raw JSON of the document, then of every block a snapshot keeps: all that may refer to an asset. */
  *referencingJson(): Generator<string> {
    // The cover's emblem and photo are named in the report's settings, not in its text.
    yield JSON.stringify(this.meta);
    const doc = this.db.prepare('SELECT json FROM document WHERE id = 1').pluck().get() as string | undefined;
    if (doc !== undefined) yield doc;
    // One row at a time: the blocks of a thousand snapshots need not sit in memory together.
    yield* snapshotBlockJson(this.db);
    // Whole documents of earlier builds, still there in a report opened read-only.
    for (const json of this.db.prepare('SELECT json FROM revisions ORDER BY id DESC').pluck().iterate())
      yield json as string;
  }

  removeAssets(assetKeys: readonly string[]): number {
    this.assertWritable();
    return this.written(() => deleteAssets(this.db, assetKeys));
  }

  close(): void {
    if (this.db.open) {
      this.db.close();
      removeSidecarsWeCreated(this.path, this.sidecarsCreated);
    }
    this.releaseLock();
  }

  /** Runs a write to the report: a full disk is told as such (DISK_FULL), not as SQLite's error. */
  private written<T>(write: () => T): T {
    try {
      return write();
    } catch (err) {
      throw diskFull(err) ?? err;
    }
  }

  private assertWritable(): void {
    if (this.readOnly) throw new ReportError('READ_ONLY', this.readOnlyReason ?? undefined);
  }

  /**
   * Another program (or a 另存为 from an older build) renamed a file over this path: writing on
   * would succeed into a file nobody can open again, so the save is refused and says why.
   */
  private assertStillAtPath(): void {
    if (!sameIdentity(fileIdentity(this.path), this.identity)) throw new ReportError('REPORT_REPLACED', this.path);
  }

  /**
   * A report from an older build stays in WAL mode while another connection keeps it from
   * switching: its saves are then copied into the file at once, so the file alone holds them.
   */
  private checkpointIfWal(): void {
    if (this.db.pragma('journal_mode', { simple: true }) === 'wal') this.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

async function checkHeader(path: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (err) {
    throw new ReportError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'IO', path);
  }
  if (!isFile) throw new ReportError('NOT_A_REPORT', `${path} is not a file`);
  const header = await readReportHeader(path);
  if (header.kind === 'not-sqlite') throw new ReportError('NOT_A_REPORT', `${path} is not a SQLite file`);
  if (header.kind === 'foreign-sqlite') throw new ReportError('NOT_A_REPORT', `application_id ${header.applicationId}`);
  if (header.userVersion > LATEST_SCHEMA)
    throw new ReportError('TOO_NEW', `schema ${header.userVersion} > ${LATEST_SCHEMA}`);
}

interface VerifiedConnection {
  db: Database.Database;
  /** Shorter than its own pages say: a copy or download cut short. Open read-only, never written. */
  truncated: boolean;
  sidecarsCreated: readonly string[];
}

/** A read-only connection that has passed every check; SQLite writes nothing through it. */
function openVerified(path: string): VerifiedConnection {
  // A read-only connection to a WAL-mode file (reports of older builds) still creates -wal/-shm
  // beside it; a rejected file must be left exactly as it was found, so those are removed again.
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((p) => !existsSync(p));
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA) throw new ReportError('TOO_NEW', `schema ${version}`);
    if ((db.pragma('application_id', { simple: true }) as number) !== REPORT_APPLICATION_ID)
      throw new ReportError('NOT_A_REPORT');
    const truncated = isTruncated(path, db);
    // The pages past the cut read as zeros: the integrity check would call the whole file damaged,
    // while what lies before the cut (the document, most photos) can still be read and saved elsewhere.
    if (!truncated) {
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new ReportError('DAMAGED', String(check));
    }
    verifyLedger(appliedMigrations(db));
    verifyContent(db);
    return { db, truncated, sidecarsCreated: sidecars };
  } catch (err) {
    db?.close();
    removeSidecarsWeCreated(path, sidecars);
    throw asReportError(err);
  }
}

/** The file holds fewer bytes than its header's page count needs (or a part page). */
function isTruncated(path: string, db: Database.Database): boolean {
  // Pages still in a WAL (older reports) may make the database longer than its main file.
  if (nonEmpty(`${path}-wal`)) return false;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = statSync(path).size;
  return size % pageSize !== 0 || size < pages * pageSize;
}

/**
 * Rolls back a save that a crash interrupted, as SQLite does on the next writable connection
 * (a read-only one refuses the file until then). It restores the last acknowledged save. Done
 * only with the report's lock: a journal whose writer is alive is not left over.
 */
function rollBackInterruptedSave(path: string, lockHeld: boolean): void {
  if (!hasHotJournal(path)) return;
  const lock = lockHeld ? null : lockUnlessReadOnlyMedia(path);
  if (lock === 'read-only-media' || (lock !== null && !lock.acquired)) return;
  try {
    const db = new Database(path, { fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } finally {
      db.close();
    }
  } catch {
    // Left for openVerified, which says what is wrong with the file.
  } finally {
    if (lock?.acquired) lock.release();
  }
}

/** The edit lock, or 'read-only-media' where neither the lock nor the report can be written. */
function lockUnlessReadOnlyMedia(path: string): LockResult | 'read-only-media' {
  try {
    accessSync(path, constants.W_OK);
    return acquireReportLock(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read-only-media';
    throw err;
  }
}

/**
 * Deeper than this, a stored document is damage or another program's doing, and would overflow
 * JSON.stringify on its way to the editor. Saves stop at MAX_DOCUMENT_DEPTH; between the two lie
 * older builds' imports (Markdown lists nested by indent), which open for the editor to flatten.
 */
const MAX_STORED_DEPTH = 4 * MAX_DOCUMENT_DEPTH;

/** integrity_check does not look inside row data: damage there shows up only when it is parsed. */
function verifyContent(db: Database.Database): void {
  readMeta(db);
  readData(db);
  const row = db.prepare('SELECT json FROM document WHERE id = 1').get() as { json: string } | undefined;
  if (!row) return;
  let doc: unknown;
  try {
    doc = JSON.parse(row.json);
  } catch (err) {
    throw new ReportError('DAMAGED', `document: ${(err as Error).message}`);
  }
  if ((doc as { root?: { type?: unknown } } | null)?.root?.type !== 'root')
    throw new ReportError('DAMAGED', 'document: no root node');
  if (documentTooDeep(doc, MAX_STORED_DEPTH)) {
    throw new ReportError('DAMAGED', `document: nested deeper than ${MAX_STORED_DEPTH}`);
  }
}

function removeSidecarsWeCreated(path: string, created: readonly string[]): void {
  if (created.length === 0) return;
  // A non-empty WAL means another connection is writing: then neither file is ours to remove.
  if (created.includes(`${path}-wal`) && nonEmpty(`${path}-wal`)) return;
  for (const file of created) rmSync(file, { force: true });
}

function readMeta(db: Database.Database): ReportMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  let values: Record<string, unknown>;
  try {
    values = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  } catch (err) {
    throw new ReportError('DAMAGED', `meta: ${(err as Error).message}`);
  }
  const parsed = reportMetaSchema.safeParse(values);
  if (!parsed.success) throw new ReportError('DAMAGED', `meta: ${parsed.error.message}`);
  return parsed.data;
}

/** Flushes `path` to the disk: what a rename then puts in place is whole, even after a power loss. */
function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function configureWritable(db: Database.Database): void {
  // A rollback journal, not WAL: each save is written into the report file itself, so a copy of
  // the file alone (to a USB stick, into WeChat) made at any moment between saves holds them all.
  // Reports of older builds are in WAL mode; they switch here unless another connection holds
  // the file, and until then each save is checkpointed (checkpointIfWal).
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    // SQLITE_BUSY: a reader in another process; the next open switches.
  }
  // FULL: an acknowledged save survives power loss too, which USB sticks make likely.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function writeMeta(db: Database.Database, meta: ReportMetaInput): void {
  const upsert = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(reportMetaSchema.parse(meta))) upsert.run(key, JSON.stringify(value));
}

function asReportError(err: unknown): ReportError {
  if (err instanceof ReportError) return err;
  const full = diskFull(err);
  if (full) return full;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code))
    return new ReportError('DAMAGED', (err as Error).message);
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM')
    return new ReportError('IO', (err as Error).message);
  return new ReportError('DAMAGED', (err as Error).message);
}
