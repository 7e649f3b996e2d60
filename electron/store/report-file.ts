import Database from 'better-sqlite3';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import {
  DOCUMENT_SCHEMA_VERSION,
  type EditorStateJSON,
  MAX_DOCUMENT_DEPTH,
  documentTooDeep,
  emptyDocument,
} from '../../core/document/editor-json';
import { ReportError } from '../../core/errors';
import { type ReportMeta, type ReportMetaInput, reportMetaSchema } from '../../core/report-meta';
import { zh } from '../../core/zh';
import { type AssetInfo, type IntakenPhoto, type StoredAsset, deleteAssets, getAsset, getAssetInfo, listAsGiven, listAssets, putAsset, putAssets, replaceAsGiven } from './assets';
import { REPORT_APPLICATION_ID, readReportHeader } from './file-header';
import { LATEST_SCHEMA, appliedMigrations, migrate, verifyLedger } from './migrations/index';
import { type PhotoToRead, isPhotoToRead, listPhotosToRead, putPhotosToRead, storeReadPhoto } from './photos-to-read';
import { acquireReportLock } from './report-lock';
import { addRevision, editRevisionDue, listRevisions } from './revisions';

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
  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    readonly readOnlyReason: string | null,
    private readonly releaseLock: () => void,
    private readonly now: () => Date,
  ) {}

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /**
   * Creates a report holding `content` (an import's document and photos) or an empty document.
   * Everything is written into a file beside the target, renamed into place only once complete,
   * so a crash or a failure never leaves half a report.
   */
  static async create(path: string, meta: ReportMetaInput, options: ReportFileOptions & { overwrite?: boolean; content?: InitialContent } = {}): Promise<ReportFile> {
    const now = options.now ?? (() => new Date());
    if (existsSync(path) && !options.overwrite) throw new ReportError('ALREADY_EXISTS', path);
    const tmp = `${path}.creating-${process.pid}`;
    rmSync(tmp, { force: true });
    try {
      const db = new Database(tmp);
      try {
        // Photos are most of a report's bytes: 16 KB pages write them three times faster than 4 KB ones.
        db.pragma(`page_size = ${PAGE_SIZE}`);
        // Replacing photos given at import by their print-size versions frees most of a report's
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
          putAssets(db, options.content?.assets ?? [], now());
          putPhotosToRead(db, options.content?.photosToRead ?? [], now());
        })();
        db.pragma('journal_mode = WAL');
      } finally {
        db.close();
      }
      syncFile(tmp);
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err instanceof ReportError ? err : new ReportError('IO', (err as Error).message);
    }
    // Just built here, so the checks open() makes (reading every page of the photos) can be spared.
    const lock = acquireReportLock(path);
    if (!lock.acquired) return ReportFile.open(path, options);
    try {
      return ReportFile.attach(path, lock.release, now);
    } catch (err) {
      lock.release();
      throw asReportError(err);
    }
  }

  static async open(path: string, options: ReportFileOptions = {}): Promise<ReportFile> {
    const now = options.now ?? (() => new Date());
    await checkHeader(path);
    const lock = options.readOnly ? null : acquireReportLock(path);
    const release = lock?.acquired ? lock.release : () => {};
    try {
      const probe = openVerified(path);
      let readOnlyReason: string | null = null;
      if (lock === null) readOnlyReason = zh.readOnly.requested;
      else if (!lock.acquired) {
        readOnlyReason = lock.owner.host === hostname() ? zh.readOnly.lockedHere : zh.readOnly.lockedElsewhere(lock.owner.host);
      }
      if (readOnlyReason !== null) return new ReportFile(path, probe, readOnlyReason, release, now);
      probe.close();
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
      const file = new ReportFile(path, db, null, release, now);
      const doc = db.prepare('SELECT json, schema_version AS v FROM document WHERE id = 1').get() as { json: string; v: number } | undefined;
      if (doc) addRevision(db, 'open', doc.json, doc.v, now());
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
    const row = this.db.prepare('SELECT json, updated_at AS updatedAt FROM document WHERE id = 1').get() as { json: string; updatedAt: string } | undefined;
    return row ? { json: JSON.parse(row.json) as EditorStateJSON, updatedAt: row.updatedAt } : null;
  }

  /** Returns the save time once the write is durable (synchronous=FULL, WAL). */
  saveDocument(doc: EditorStateJSON): string {
    this.assertWritable();
    const at = this.now();
    const json = JSON.stringify(doc);
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO document (id, json, schema_version, updated_at) VALUES (1, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET json = excluded.json, schema_version = excluded.schema_version, updated_at = excluded.updated_at`,
        )
        .run(json, DOCUMENT_SCHEMA_VERSION, at.toISOString());
      if (editRevisionDue(this.db, at)) addRevision(this.db, 'edit', json, DOCUMENT_SCHEMA_VERSION, at);
    })();
    return at.toISOString();
  }

  updateMeta(meta: ReportMetaInput): ReportMeta {
    this.assertWritable();
    this.db.transaction(() => writeMeta(this.db, meta))();
    return this.meta;
  }

  /** Writes a compact copy to `path`, then continues editing the copy (as Word's 另存为 does). */
  async saveAs(path: string): Promise<ReportFile> {
    const tmp = `${path}.saving-${process.pid}`;
    rmSync(tmp, { force: true });
    try {
      this.db.prepare('VACUUM INTO ?').run(tmp);
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new ReportError('IO', (err as Error).message);
    }
    const copy = await ReportFile.open(path, { now: this.now });
    this.close();
    return copy;
  }

  revisions() {
    return listRevisions(this.db);
  }

  /** Stores a photo once per content hash; returns true when it was new. */
  putAsset(asset: StoredAsset): boolean {
    this.assertWritable();
    return putAsset(this.db, asset, this.now());
  }

  /**
   * Stores many photos in one transaction (one sync to disk, not one per photo), and lists those
   * still to read out of their source; returns how many stored were new.
   */
  putAssets(assets: Iterable<StoredAsset>, photosToRead: Iterable<PhotoToRead> = []): number {
    this.assertWritable();
    const at = this.now();
    return this.db.transaction(() => {
      putPhotosToRead(this.db, photosToRead, at);
      return putAssets(this.db, assets, at);
    })();
  }

  getAsset(sha256: string): StoredAsset | null {
    return getAsset(this.db, sha256);
  }

  /** Photos an import stored as given, still waiting for photo intake. */
  listAsGiven(): string[] {
    return listAsGiven(this.db);
  }

  /** Photos an import's document shows that are still to be read out of its source, by source. */
  listPhotosToRead(): PhotoToRead[] {
    return listPhotosToRead(this.db);
  }

  isPhotoToRead(sha256: string): boolean {
    return isPhotoToRead(this.db, sha256);
  }

  /** Stores a photo read out of the source under the key the document uses, and strikes it off the list. */
  storeReadPhoto(asset: StoredAsset): void {
    this.assertWritable();
    storeReadPhoto(this.db, asset, this.now());
  }

  /** Puts intake's result in place of a photo stored as given (same key); false if it is gone or done. */
  replaceAsGiven(sha256: string, photo: IntakenPhoto): boolean {
    this.assertWritable();
    return replaceAsGiven(this.db, sha256, photo);
  }

  /**
   * Gives up to `pages` free pages back to the disk; returns how many are still free. A no-op
   * (returning 0) for reports created before incremental vacuum, whose free pages are reused by
   * the photos added next. Each call blocks for a few milliseconds only, so autosave never waits long.
   */
  reclaimSpace(pages: number): number {
    this.assertWritable();
    if (this.db.pragma('auto_vacuum', { simple: true }) !== AUTO_VACUUM_INCREMENTAL) return 0;
    this.db.pragma(`incremental_vacuum(${Math.max(1, Math.floor(pages))})`);
    const free = this.db.pragma('freelist_count', { simple: true }) as number;
    // With nothing left to move, the WAL's copies of the moved pages go into the file, which then shrinks on disk too.
    if (free === 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return free;
  }

  get isOpen(): boolean {
    return this.db.open;
  }

  listAssets(): AssetInfo[] {
    return listAssets(this.db);
  }

  assetInfo(sha256: string): AssetInfo | null {
    return getAssetInfo(this.db, sha256);
  }

  /** The raw JSON of the document, then of each revision, newest first: all that may refer to an asset. */
  *referencingJson(): Generator<string> {
    const doc = this.db.prepare('SELECT json FROM document WHERE id = 1').pluck().get() as string | undefined;
    if (doc !== undefined) yield doc;
    // One row at a time: fifty revisions of a long report need not sit in memory together.
    for (const json of this.db.prepare('SELECT json FROM revisions ORDER BY id DESC').pluck().iterate()) yield json as string;
  }

  removeAssets(sha256s: readonly string[]): number {
    this.assertWritable();
    return deleteAssets(this.db, sha256s);
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.releaseLock();
  }

  private assertWritable(): void {
    if (this.readOnly) throw new ReportError('READ_ONLY', this.readOnlyReason ?? undefined);
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
  if (header.userVersion > LATEST_SCHEMA) throw new ReportError('TOO_NEW', `schema ${header.userVersion} > ${LATEST_SCHEMA}`);
}

/** A read-only connection that has passed every check; SQLite writes nothing through it. */
function openVerified(path: string): Database.Database {
  // A read-only connection to a WAL-mode file still creates empty -wal/-shm files beside it;
  // a rejected file must be left exactly as it was found, so those are removed again.
  const sidecars = [`${path}-wal`, `${path}-shm`].filter((p) => !existsSync(p));
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA) throw new ReportError('TOO_NEW', `schema ${version}`);
    if ((db.pragma('application_id', { simple: true }) as number) !== REPORT_APPLICATION_ID) throw new ReportError('NOT_A_REPORT');
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new ReportError('DAMAGED', String(check));
    verifyLedger(appliedMigrations(db));
    verifyContent(db);
    return db;
  } catch (err) {
    db?.close();
    removeSidecarsWeCreated(path, sidecars);
    throw asReportError(err);
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
  const row = db.prepare('SELECT json FROM document WHERE id = 1').get() as { json: string } | undefined;
  if (!row) return;
  let doc: unknown;
  try {
    doc = JSON.parse(row.json);
  } catch (err) {
    throw new ReportError('DAMAGED', `document: ${(err as Error).message}`);
  }
  if ((doc as { root?: { type?: unknown } } | null)?.root?.type !== 'root') throw new ReportError('DAMAGED', 'document: no root node');
  if (documentTooDeep(doc, MAX_STORED_DEPTH)) {
    throw new ReportError('DAMAGED', `document: nested deeper than ${MAX_STORED_DEPTH}`);
  }
}

function removeSidecarsWeCreated(path: string, created: readonly string[]): void {
  const wal = `${path}-wal`;
  // A non-empty WAL means another connection is writing: then neither file is ours to remove.
  if (created.includes(wal) && existsSync(wal) && statSync(wal).size > 0) return;
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
  db.pragma('journal_mode = WAL');
  // FULL: an acknowledged save survives power loss too, which USB sticks make likely.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function writeMeta(db: Database.Database, meta: ReportMetaInput): void {
  const upsert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(reportMetaSchema.parse(meta))) upsert.run(key, JSON.stringify(value));
}

function asReportError(err: unknown): ReportError {
  if (err instanceof ReportError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) return new ReportError('DAMAGED', (err as Error).message);
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EPERM') return new ReportError('IO', (err as Error).message);
  return new ReportError('DAMAGED', (err as Error).message);
}
