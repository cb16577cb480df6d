import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import type { ColumnLayout, LevelSpec } from './levels';

/** One valid row of a division file, ready to be written. */
export interface DivisionRow {
  /** 1-based line of the file on which the row starts. */
  line: number;
  code: string;
  name: string;
  /** Derived from the name, for levels that have a kind. */
  kind?: string;
  /** Code of the stored parent (district or subdistrict), for levels that have one. */
  parentCode?: string;
}

/** A row that was not imported, and why. */
export interface BadRow {
  line: number;
  message: string;
}

/** The file could not be read or decompressed; nothing from it may be written. */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    cause: unknown,
  ) {
    super(`cannot read ${file} (near line ${line}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'FileReadError';
  }
}

const DIVISION_FILE = /\.csv(\.gz)?$/i;

/**
 * Turns the command line's paths into the list of files to read: a file stands for itself, a
 * folder for every `*.csv` and `*.csv.gz` directly in it (sorted by name). Duplicates are
 * dropped. Throws when a path does not exist, before anything is read.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch((err: NodeJS.ErrnoException) => {
      throw new Error(`${given}: ${err.code === 'ENOENT' ? 'no such file or folder' : err.message}`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(given)).filter((name) => DIVISION_FILE.test(name)).sort();
      files.push(...names.map((name) => path.join(given, name)));
    } else {
      files.push(given);
    }
  }
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The stream's last stage, piped so that an error anywhere reaches it (and so its reader) and
 * destroying it early (a reader that stops) closes the file too.
 */
function chain<T extends NodeJS.ReadWriteStream>(source: Readable, last: T): T {
  pipeline(source, last, () => undefined);
  return last;
}

/** The decompressed bytes of a file (gunzipped when its name ends in `.gz`). */
function openBytes(file: string): Readable {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  return /\.gz$/i.test(file) ? chain(raw, createGunzip({ chunkSize: 128 * 1024 })) : raw;
}

function csvParser(toLine?: number) {
  return parse({
    bom: true,
    relax_column_count: true, // a short or long row is reported by the reader, with its line
    relax_quotes: true, // a stray quote inside a field is kept as text
    skip_empty_lines: false, // blank lines still count as lines; the reader skips them
    skip_records_with_error: true,
    ...(toLine ? { to_line: toLine } : {}),
  });
}

/** The first record of a file (its header), or undefined for an empty file. */
export async function readHeader(file: string): Promise<string[] | undefined> {
  const parser = chain(openBytes(file), csvParser(1));
  try {
    for await (const record of parser) return record as string[];
    return undefined;
  } catch (err) {
    throw new FileReadError(file, 1, err);
  } finally {
    parser.destroy();
  }
}

/**
 * Counts a file's data lines (newlines after the header) for a progress total. It is an
 * estimate: blank lines and line breaks inside quoted names count too.
 */
export async function countDataLines(file: string): Promise<number> {
  let newlines = 0;
  let last = 10;
  for await (const chunk of openBytes(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return Math.max(0, newlines + (last === 10 ? 0 : 1) - 1);
}

function newlinesIn(record: string[]): number {
  let count = 0;
  for (const field of record) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  }
  return count;
}

const DIGITS = /^[0-9]+$/;
/** No division's name has control characters or ASCII double quotes; they come from broken quoting. */
// Control characters are the point of this pattern.
// eslint-disable-next-line no-control-regex
const BAD_NAME_CHARACTER = /[\u0000-\u001f\u007f"]/;

/** Checks one record against its level's rules; returns the row or what is wrong with it. */
function checkRecord(record: string[], line: number, spec: LevelSpec, layout: ColumnLayout): DivisionRow | string {
  if (record.length !== layout.width) {
    return `expected ${layout.width} columns, found ${record.length}`;
  }
  const code = record[layout.code].trim();
  const name = record[layout.name].trim();
  if (code.length !== spec.codeDigits || !DIGITS.test(code)) {
    return `${spec.level} code "${code}" must have ${spec.codeDigits} digits`;
  }
  if (name === '') return `${spec.level} ${code} has an empty name`;
  if (BAD_NAME_CHARACTER.test(name))
    return `${spec.level} ${code}: name contains a line break, tab or quote (a broken CSV quote?)`;
  if (name.length > spec.maxNameLength)
    return `${spec.level} ${code}: name longer than ${spec.maxNameLength} characters`;
  for (const ancestor of layout.ancestors) {
    const value = record[ancestor.index].trim();
    if (value.length !== ancestor.digits || !DIGITS.test(value)) {
      return `${ancestor.column} "${value}" must have ${ancestor.digits} digits`;
    }
    if (!code.startsWith(value)) return `code ${code} does not start with its ${ancestor.column} ${value}`;
  }
  const row: DivisionRow = { line, code, name };
  if (spec.kindOf) row.kind = spec.kindOf(name);
  if (layout.parent !== undefined) row.parentCode = record[layout.parent].trim();
  return row;
}

/**
 * The records a parser has buffered, taken all at once each time it has some: one promise per
 * chunk of input rather than one per record as `for await` over the stream costs. Ends with
 * the stream; throws its error.
 */
async function* recordBatches(stream: Readable): AsyncGenerator<string[][]> {
  for (;;) {
    const records: string[][] = [];
    for (let record = stream.read(); record !== null; record = stream.read()) records.push(record as string[]);
    if (records.length) {
      yield records;
      continue;
    }
    if (stream.errored) throw stream.errored;
    if (stream.readableEnded || stream.destroyed) return;
    await new Promise<void>((resolve, reject) => {
      const settle = (err?: Error) => {
        stream.off('readable', settle).off('end', settle).off('close', settle).off('error', settle);
        if (err instanceof Error) reject(err);
        else resolve();
      };
      stream.on('readable', settle).on('end', settle).on('close', settle).on('error', settle);
    });
  }
}

/** Records read so far (good and bad) and the valid rows of the latest batch. */
export interface Batch {
  rows: DivisionRow[];
  recordsRead: number;
}

/**
 * Streams a division file and yields its valid rows in batches of at most `batchSize`. Each
 * bad row (wrong column count, malformed or inconsistent code, empty name, a code repeated
 * within the file, an unparseable record) goes to `onBadRow` with its line and is left out.
 * Blank lines are ignored. Throws FileReadError when the file cannot be read or decompressed.
 *
 * Lines are counted here rather than by the parser, which is faster and gives the line a row
 * starts on; a record the parser had to drop is assumed to take one line.
 */
export async function* readBatches(
  file: string,
  spec: LevelSpec,
  layout: ColumnLayout,
  batchSize: number,
  onBadRow: (bad: BadRow) => void,
): AsyncGenerator<Batch> {
  // The parser drops unparseable records synchronously, ahead of the records still buffered
  // for us; remember after how many records each was dropped so it is reported in order.
  const dropped: { afterRecords: number; message: string }[] = [];
  const parser = chain(openBytes(file), csvParser());
  parser.on('skip', (err: CsvError | undefined) => {
    dropped.push({ afterRecords: parser.info.records, message: err?.message ?? 'unparseable record' });
  });
  const firstLine = new Map<string, number>(); // code → line it was first seen on
  let line = 1; // line the next record starts on
  let records = 0; // records consumed, header included
  let recordsRead = 0;
  let rows: DivisionRow[] = [];
  const reportDropped = (upTo: number) => {
    while (dropped.length && dropped[0].afterRecords <= upTo) {
      onBadRow({ line, message: `unreadable record: ${dropped.shift()!.message}` });
      line += 1;
      recordsRead += 1;
    }
  };
  try {
    for await (const parsed of recordBatches(parser)) {
      for (const record of parsed) {
        reportDropped(records);
        records += 1;
        const at = line;
        line += 1 + newlinesIn(record);
        if (records === 1) continue; // the header, classified by the caller
        if (record.length === 1 && record[0].trim() === '' && layout.width > 1) continue; // blank line
        recordsRead += 1;
        const checked = checkRecord(record, at, spec, layout);
        if (typeof checked === 'string') {
          onBadRow({ line: at, message: checked });
          continue;
        }
        const first = firstLine.get(checked.code);
        if (first !== undefined) {
          onBadRow({ line: at, message: `${spec.level} code ${checked.code} repeats line ${first}` });
          continue;
        }
        firstLine.set(checked.code, at);
        rows.push(checked);
        if (rows.length >= batchSize) {
          yield { rows, recordsRead };
          rows = [];
        }
      }
    }
    reportDropped(Number.POSITIVE_INFINITY);
  } catch (err) {
    throw new FileReadError(file, line, err);
  } finally {
    parser.destroy();
  }
  yield { rows, recordsRead };
}
