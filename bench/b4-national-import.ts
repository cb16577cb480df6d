import fs from 'node:fs';
import path from 'node:path';
import { queryOnce } from './lib/context';
import { runCommand } from './lib/process';
import { formatMs, formatRatio, markdownTable, verdict, type BenchContext, type BenchSection } from './lib/report';

/** Goal: the whole import command, in ms. */
const GOAL_MS = 30_000;
/** Goal: import phase ÷ `psql \copy` of the same rows. */
const GOAL_RATIO = 2;

/** The national files the importer keeps (provinces and prefectures are skipped) and their bare tables. */
const FILES = [
  { file: 'areas.csv.gz', table: 'copy_area', columns: ['code', 'name', 'city_code', 'province_code'] },
  {
    file: 'streets.csv.gz',
    table: 'copy_street',
    columns: ['code', 'name', 'area_code', 'province_code', 'city_code'],
  },
  {
    file: 'villages.csv.gz',
    table: 'copy_village',
    columns: ['code', 'name', 'street_code', 'province_code', 'city_code', 'area_code'],
  },
];

/** Folder of the national division files: `PINGYI_NATIONAL_DATA` or ../shared/data/national. */
function nationalDir(root: string): string {
  return process.env.PINGYI_NATIONAL_DATA || path.resolve(root, '..', 'shared', 'data', 'national');
}

/** Per level (district, subdistrict, neighborhood), the rows the importer reported inserted. */
function insertedRows(output: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const level of ['district', 'subdistrict', 'neighborhood']) {
    const match = new RegExp(`^${level}\\s+(\\d+)`, 'm').exec(output);
    counts[level] = match ? Number(match[1]) : NaN;
  }
  return counts;
}

/** The importer's per-file lines ("villages.csv.gz (neighborhood): … in 21.3 s") shortened to "villages.csv.gz 21.3 s". */
function perFile(output: string): string {
  return [...output.matchAll(/^\s+(\S+) \((?:district|subdistrict|neighborhood)\):.* in ([\d.]+) s$/gm)]
    .map((m) => `${m[1]} ${m[2]} s`)
    .join(', ');
}

/**
 * B4: `npm run import:divisions` of the national files into a fresh, empty database (the command
 * migrates it first), timed as a whole and by the import phase it reports, against one `psql`
 * run that `\copy`s the same three files (gunzipped by `gzip -dc`) into bare text tables without
 * constraints in another fresh database. Goal: ≤ 30 s for the command and ≤ 2× the copy for the
 * import phase. Resolves to the section; the scratch databases are dropped on cleanup.
 */
export async function run(ctx: BenchContext): Promise<BenchSection> {
  const dir = nationalDir(ctx.root);
  for (const f of FILES)
    if (!fs.existsSync(path.join(dir, f.file))) throw new Error(`missing ${path.join(dir, f.file)}`);

  const importUrl = await ctx.createScratchDatabase('b4_import');
  ctx.log(`import:divisions ${dir} into an empty database`);
  const t0 = Date.now();
  const output = await runCommand('npm', ['run', '--silent', 'import:divisions', '--', dir], {
    cwd: ctx.root,
    env: { DATABASE_URL: importUrl, LOG_LEVEL: 'warn' },
    quiet: true,
  });
  const commandMs = Date.now() - t0;
  const phase = /Imported divisions in ([\d.]+) s/.exec(output);
  const importMs = phase ? Number(phase[1]) * 1000 : NaN;
  const inserted = insertedRows(output);
  const [stored] = await queryOnce<{ d: number; s: number; n: number }>(
    importUrl,
    'SELECT (SELECT count(*) FROM district)::int AS d, (SELECT count(*) FROM subdistrict)::int AS s, (SELECT count(*) FROM neighborhood)::int AS n',
  );

  const copyUrl = await ctx.createScratchDatabase('b4_copy');
  await queryOnce(
    copyUrl,
    FILES.map((f) => `CREATE TABLE ${f.table} (${f.columns.map((c) => `${c} text`).join(', ')})`).join('; '),
  );
  const copies = FILES.map(
    (f) =>
      `\\copy ${f.table} FROM PROGRAM 'gzip -dc ${path.join(dir, f.file).replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true)`,
  );
  ctx.log('psql \\copy of the same files into bare tables');
  const t1 = Date.now();
  await runCommand('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', copyUrl, ...copies.flatMap((c) => ['-c', c])], {
    cwd: ctx.root,
    quiet: true,
  });
  const copyMs = Date.now() - t1;
  const copied = await queryOnce<{ t: string; n: number }>(
    copyUrl,
    FILES.map((f) => `SELECT '${f.table}' AS t, count(*)::int AS n FROM ${f.table}`).join(' UNION ALL '),
  );
  const copiedOf = (t: string) => copied.find((r) => r.t === t)?.n ?? NaN;

  const ratio = importMs / copyMs;
  const commandOk = commandMs <= GOAL_MS;
  const ratioOk = ratio <= GOAL_RATIO;
  const table = markdownTable(
    ['measure', 'figure', 'goal', 'result'],
    [
      [
        '`npm run import:divisions -- national` on an empty database (start, migrations, import)',
        formatMs(commandMs),
        '≤ 30 s',
        verdict(commandOk),
      ],
      ['its import phase (as the command reports it)', formatMs(importMs), '', ''],
      ['the rest: process start (ts-node) and migrations', formatMs(commandMs - importMs), '', ''],
      ['`psql \\copy` of the same three files into bare tables', formatMs(copyMs), '', ''],
      ['import phase ÷ copy', formatRatio(importMs, copyMs), '≤ 2×', verdict(ratioOk)],
      ['whole command ÷ copy', formatRatio(commandMs, copyMs), '', ''],
      ['rows: districts / subdistricts / neighborhoods stored', `${stored.d} / ${stored.s} / ${stored.n}`, '', ''],
      [
        'rows copied (areas / streets / villages)',
        `${copiedOf('copy_area')} / ${copiedOf('copy_street')} / ${copiedOf('copy_village')}`,
        '',
        '',
      ],
    ],
  );
  const notes = [
    `Input: ${dir} (areas, streets and villages gzipped; provinces and prefectures are skipped by the importer, not copied).`,
    `Importer reported inserted: ${inserted.district} districts, ${inserted.subdistrict} subdistricts, ${inserted.neighborhood} neighborhoods.`,
    `Per file, as the importer reports: ${perFile(output) || 'not reported'}.`,
    'The copy loads the CSV columns as text into tables without keys or indexes, in one psql run; the importer parses, validates, links each row to its parent and upserts by code with its indexes.',
  ];
  return {
    id: 'B4',
    title: 'National division import',
    goal: '≤ 30 s, and the import ≤ 2× a `psql \\copy` of the same rows',
    table,
    notes,
    passed: commandOk && ratioOk,
    headline: `${formatMs(commandMs)} in all; import ${formatRatio(importMs, copyMs)} the copy`,
  };
}
