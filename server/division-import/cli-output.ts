import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { ImportProgress, ImportReport } from './importer';
import { LEVELS } from './levels';

/** Shows import progress; `stop` ends the current file's display. */
export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  stop(): void;
}

function label(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/** A cli-progress bar per file, for a terminal; it fills once the file's row count is known. */
function barDisplay(stream: NodeJS.WriteStream): ProgressDisplay {
  let bar: SingleBar | undefined;
  let current: string | undefined;
  return {
    update({ file, level, done, total }) {
      const payload = { rows: done, of: total ?? '?' };
      if (file !== current) {
        bar?.stop();
        current = file;
        bar = new SingleBar({
          stream,
          format: '{file} ({level}) [{bar}] {percentage}% | {rows}/{of} rows | {duration_formatted}',
          emptyOnZero: true,
          hideCursor: true,
          barsize: 30,
        });
        bar.start(total ?? 0, total === undefined ? 0 : done, { file: label(file), level, ...payload });
        return;
      }
      if (total === undefined) {
        bar!.update(payload);
        return;
      }
      if (total !== bar!.getTotal()) bar!.setTotal(total);
      bar!.update(done, payload);
    },
    stop() {
      bar?.stop();
      bar = undefined;
      current = undefined;
    },
  };
}

/** Plain lines (a start line, then at most one every `everyMs`), for logs and pipes. */
function lineDisplay(stream: NodeJS.WritableStream, everyMs: number): ProgressDisplay {
  let current: string | undefined;
  let last = 0;
  return {
    update({ file, level, done, total }) {
      const now = Date.now();
      if (file !== current) {
        current = file;
        last = now;
        stream.write(`importing ${label(file)} (${level})\n`);
        return;
      }
      if (now - last < everyMs) return;
      last = now;
      const share = total ? ` of ~${total} (${Math.min(100, Math.floor((100 * done) / total))}%)` : '';
      stream.write(`  ${label(file)}: ${done} rows read${share}\n`);
    },
    stop() {
      current = undefined;
    },
  };
}

/** A progress bar on a terminal, plain periodic lines otherwise (both on `stream`, stderr by default). */
export function createProgressDisplay(stream: NodeJS.WriteStream = process.stderr, everyMs = 2000): ProgressDisplay {
  return stream.isTTY ? barDisplay(stream) : lineDisplay(stream, everyMs);
}

/**
 * The report as text: a table of inserted / updated / unchanged / skipped rows per level,
 * then per file, the skipped files with their reasons, and the bad rows as `file:line message`
 * (at most `maxErrorsPerFile` per file, all when it is 0).
 */
export function formatReport(report: ImportReport, elapsedMs: number, maxErrorsPerFile = 0): string {
  const out: string[] = [];
  const row = (cells: (string | number)[]) =>
    cells.map((cell, i) => (i === 0 ? String(cell).padEnd(14) : String(cell).padStart(10))).join('');
  out.push(`Imported divisions in ${(elapsedMs / 1000).toFixed(1)} s`);
  out.push(row(['level', 'inserted', 'updated', 'unchanged', 'skipped']));
  for (const level of LEVELS) {
    const c = report[level];
    out.push(row([level, c.inserted, c.updated, c.unchanged, c.skipped]));
  }
  if (report.files.length) {
    out.push('', 'Files:');
    for (const f of report.files) {
      out.push(
        `  ${label(f.file)} (${f.level}): ${f.inserted} inserted, ${f.updated} updated, ` +
          `${f.unchanged} unchanged, ${f.skipped} skipped in ${(f.ms / 1000).toFixed(1)} s`,
      );
    }
  }
  if (report.skippedFiles.length) {
    out.push('', 'Skipped files:');
    for (const s of report.skippedFiles) out.push(`  ${label(s.file)}: ${s.reason}`);
  }
  if (report.errors.length) {
    out.push('', `Bad rows, not imported (${report.errors.length}):`);
    const shown = new Map<string, number>();
    for (const e of report.errors) {
      const count = (shown.get(e.file) ?? 0) + 1;
      shown.set(e.file, count);
      if (maxErrorsPerFile === 0 || count <= maxErrorsPerFile) out.push(`  ${label(e.file)}:${e.line}: ${e.message}`);
    }
    for (const [file, count] of shown) {
      if (maxErrorsPerFile > 0 && count > maxErrorsPerFile) {
        out.push(`  … and ${count - maxErrorsPerFile} more in ${label(file)} (run with --all-errors to list them)`);
      }
    }
  }
  return out.join('\n');
}
