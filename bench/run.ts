// Quiet server logs (the seed imports server modules, whose logger reads this when loaded).
process.env.LOG_LEVEL ??= 'warn';
import fs from 'node:fs';
import path from 'node:path';
import { describeEnvironment, prependRun, renderRun } from './lib/benchmarks-file';
import { createBenchContext, ROOT } from './lib/context';
import { benchDatabaseUrl } from './lib/fixtures';
import { formatMs, type BenchRun, type BenchSection } from './lib/report';
import { readSeedMark } from './seed/mark';

/** Benchmarks that read the seeded bench database (the others make their own databases). */
const NEEDS_SEED = new Set(['B1', 'B2', 'B3', 'B6', 'B7']);

/** The module file of benchmark `id` ("b4" → bench/b4-national-import.ts), or undefined. */
function moduleFile(id: string): string | undefined {
  const name = fs.readdirSync(__dirname).find((f) => f.startsWith(`${id.toLowerCase()}-`) && f.endsWith('.ts'));
  return name && path.join(__dirname, name);
}

/** Runs one benchmark with its own context; a failure becomes a missed section carrying the error. */
async function runOne(id: string): Promise<BenchSection> {
  const file = moduleFile(id);
  if (!file)
    return {
      id,
      title: 'not available',
      goal: '—',
      table: '',
      notes: [`bench/${id.toLowerCase()}-*.ts is missing`],
      passed: false,
    };
  const { ctx, runCleanups } = createBenchContext(id);
  const started = Date.now();
  ctx.log(`running ${path.basename(file)}`);
  try {
    const mod = (await import(file)) as { run: BenchRun };
    const section = await mod.run(ctx);
    ctx.log(`${section.passed ? 'pass' : 'MISS'} in ${formatMs(Date.now() - started)}`);
    return section;
  } catch (err) {
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    ctx.log(`failed: ${message}`);
    return {
      id,
      title: path.basename(file, '.ts'),
      goal: '—',
      table: '',
      notes: [`The benchmark failed: \`${message.split('\n')[0]}\``],
      passed: false,
    };
  } finally {
    await runCleanups();
  }
}

/**
 * `npm run bench` (every benchmark, B1…B8, then a new section in BENCHMARKS.md) or
 * `npm run bench:bN` (one benchmark, printed only). Seeds the bench database first when a
 * benchmark needs it and it is not seeded. Exits 0 when every goal was met, 1 otherwise.
 */
async function main(): Promise<void> {
  const only = process.argv[2]?.toUpperCase();
  const ids = only ? [only] : ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'];
  if (only && !/^B[1-8]$/.test(only)) throw new Error(`unknown benchmark "${process.argv[2]}" (b1…b8)`);
  const command = `npm run ${process.env.npm_lifecycle_event ?? (only ? `bench:${only.toLowerCase()}` : 'bench')}`;
  const startedAt = new Date();
  const databaseUrl = benchDatabaseUrl();

  if (ids.some((id) => NEEDS_SEED.has(id)) && !(await readSeedMark(databaseUrl))) {
    process.stderr.write(
      `The bench database ${new URL(databaseUrl).pathname.slice(1)} is not seeded: running the seed first.\n`,
    );
    const { seedBenchDatabase } = await import('./seed/seed');
    await seedBenchDatabase(databaseUrl);
  }

  const sections: BenchSection[] = [];
  for (const id of ids) sections.push(await runOne(id));

  const env = await describeEnvironment(ROOT, databaseUrl);
  const seed = await readSeedMark(databaseUrl).catch(() => null);
  if (seed) {
    for (const s of sections) if (NEEDS_SEED.has(s.id)) s.notes.push(`Data: the bench seed (${seed}).`);
  }
  const rendered = renderRun(env, command, startedAt, Date.now() - startedAt.getTime(), sections);
  if (only) {
    process.stdout.write(`${rendered}\n`);
  } else {
    prependRun(path.join(ROOT, 'BENCHMARKS.md'), rendered);
    process.stdout.write(`${rendered}\nWritten to BENCHMARKS.md\n`);
  }
  process.exitCode = sections.every((s) => s.passed) ? 0 : 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(2);
});
