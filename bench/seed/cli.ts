/**
 * `npm run bench:seed`: seeds the bench database (`PINGYI_BENCH_DATABASE_URL`, default
 * postgres://postgres@127.0.0.1:5432/pingyi_bench) from scratch; see bench/README.md.
 */
process.env.LOG_LEVEL ??= 'error';

async function main(): Promise<void> {
  const { benchDatabaseUrl } = await import('../lib/fixtures');
  const { seedBenchDatabase } = await import('./seed');
  await seedBenchDatabase(benchDatabaseUrl());
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
