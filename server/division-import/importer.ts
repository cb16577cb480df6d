import type { DataSource } from 'typeorm';
import { classifyHeader, LEVELS, type ColumnLayout, type DivisionLevel, type LevelSpec } from './levels';
import { countDataLines, expandPaths, FileReadError, readBatches, readHeader, type BadRow } from './reader';
import { createFileWriter } from './writer';

export type { DivisionLevel } from './levels';

/**
 * Rows of one level: new, changed, already up to date, and left out because they were malformed
 * (in files that were imported; a file that failed as a whole is in `skippedFiles` instead).
 */
export interface LevelCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** A row that was not imported: where it is and why. */
export interface ImportError {
  file: string;
  /** 1-based line of the file (the header is line 1). */
  line: number;
  message: string;
}

/** A file that was not imported at all, and why (a level Pingyi does not store, unreadable, …). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** What happened to one imported file. */
export interface FileReport extends LevelCounts {
  file: string;
  level: DivisionLevel;
  /** Wall-clock time of the file's transaction, in milliseconds. */
  ms: number;
}

/** The outcome of `importDivisions`: counts per level, every bad row, every skipped file. */
export interface ImportReport extends Record<DivisionLevel, LevelCounts> {
  errors: ImportError[];
  skippedFiles: SkippedFile[];
  /** The imported files, in the order they were written (parents first). */
  files: FileReport[];
}

/** Progress of one file. */
export interface ImportProgress {
  file: string;
  level: DivisionLevel;
  /** Records read and written so far (bad rows included). */
  done: number;
  /**
   * The file's data lines, counted in a quick pass before the import (blank lines and line
   * breaks inside quotes count too); the exact number of records in the last call of a file.
   * Undefined only when the file could not be counted.
   */
  total?: number;
}

/** Options of `importDivisions`. */
export interface ImportOptions {
  /** Rows per statement that stages rows in the temporary table (default 20,000). */
  batchSize?: number;
  /**
   * Files with at least this many valid rows get their parent foreign key checked once over the
   * table instead of row by row, locking the level's and the parent's tables until they commit
   * (default 100,000; see writer.ts).
   */
  bulkRows?: number;
  /** Called when a file starts, after each batch and when it ends. An exception aborts the import. */
  onProgress?: (progress: ImportProgress) => void;
}

/** The default number of rows staged per statement. */
export const DEFAULT_BATCH_SIZE = 20_000;

interface PlannedFile {
  file: string;
  spec: LevelSpec;
  layout: ColumnLayout;
}

function emptyReport(): ImportReport {
  const counts = (): LevelCounts => ({ inserted: 0, updated: 0, unchanged: 0, skipped: 0 });
  return { district: counts(), subdistrict: counts(), neighborhood: counts(), errors: [], skippedFiles: [], files: [] };
}

/**
 * Imports administrative divisions from CSV files (plain or gzipped, in the National Bureau of
 * Statistics layout of shared/data) into the district, subdistrict and neighborhood tables.
 *
 * `paths` are files or folders (a folder means its `*.csv` and `*.csv.gz` files). Each file's
 * level is read from its header; province and prefecture files, and files with an unknown
 * header, are listed in `skippedFiles`. Levels are written parents first whatever the order of
 * `paths`. Each file's rows are staged in batches in a temporary table, checked against their
 * parents and upserted by code (one UPDATE and one INSERT), so importing the same files again inserts and
 * updates nothing. Malformed rows are listed in `errors` with their line and left out; the rest
 * of the file is imported. Each file is written in one transaction: a failure part-way leaves
 * nothing of that file behind. Throws when a path does not exist or the database fails.
 */
export async function importDivisions(
  db: DataSource,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  const report = emptyReport();
  const planned: PlannedFile[] = [];
  for (const file of await expandPaths(paths)) {
    let header: string[] | undefined;
    try {
      header = await readHeader(file);
    } catch (err) {
      if (!(err instanceof FileReadError)) throw err;
      report.skippedFiles.push({ file, reason: err.message });
      continue;
    }
    const verdict = header ? classifyHeader(header) : { kind: 'skip' as const, reason: 'empty file (no header)' };
    if (verdict.kind === 'skip') report.skippedFiles.push({ file, reason: verdict.reason });
    else planned.push({ file, spec: verdict.spec, layout: verdict.layout });
  }
  // Array.prototype.sort is stable: files of one level keep the order they were given in.
  planned.sort((a, b) => LEVELS.indexOf(a.spec.level) - LEVELS.indexOf(b.spec.level));
  for (const item of planned) await importFile(db, item, batchSize, report, options);
  return report;
}

/** Imports one file in one transaction and adds its outcome to `report`. */
async function importFile(
  db: DataSource,
  { file, spec, layout }: PlannedFile,
  batchSize: number,
  report: ImportReport,
  { onProgress, bulkRows }: ImportOptions,
): Promise<void> {
  const started = Date.now();
  const level = spec.level;
  const counts: LevelCounts = { inserted: 0, updated: 0, unchanged: 0, skipped: 0 };
  const badRows: BadRow[] = [];
  // The total only serves progress: count it (one quick pass over the file) only when asked.
  let total = onProgress ? await countDataLines(file).catch(() => undefined) : undefined;
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    onProgress?.({ file, level, done: 0, total });
    const writer = await createFileWriter(runner, spec, bulkRows);
    // While one batch is being staged, the next is parsed: at most one write is in flight.
    let pending: Promise<void> | undefined;
    let done = 0;
    for await (const batch of readBatches(file, spec, layout, batchSize, (bad) => badRows.push(bad))) {
      if (pending) await pending;
      pending = writer.stage(batch.rows).then(() => {
        done = batch.recordsRead;
        onProgress?.({ file, level, done, total });
      });
      pending.catch(() => undefined); // awaited above or below; this only marks it handled meanwhile
    }
    if (pending) await pending;
    const outcome = await writer.finish();
    counts.inserted = outcome.inserted;
    counts.updated = outcome.updated;
    counts.unchanged = outcome.unchanged;
    for (const orphan of outcome.orphans) {
      const parent = spec.parent!;
      badRows.push({
        line: orphan.line,
        message: `unknown ${parent.level} code ${orphan.parentCode} (${parent.column})`,
      });
    }
    await runner.commitTransaction();
    total = done;
    onProgress?.({ file, level, done, total });
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    if (!(err instanceof FileReadError)) throw err;
    report.skippedFiles.push({ file, reason: `${err.message}; nothing from this file was imported` });
    report.errors.push(...sortedErrors(file, badRows));
    return;
  } finally {
    await runner.release();
  }
  counts.skipped = badRows.length;
  const levelCounts = report[level];
  levelCounts.inserted += counts.inserted;
  levelCounts.updated += counts.updated;
  levelCounts.unchanged += counts.unchanged;
  levelCounts.skipped += counts.skipped;
  report.errors.push(...sortedErrors(file, badRows));
  report.files.push({ file, level, ...counts, ms: Date.now() - started });
}

function sortedErrors(file: string, badRows: BadRow[]): ImportError[] {
  return badRows.sort((a, b) => a.line - b.line).map(({ line, message }) => ({ file, line, message }));
}
