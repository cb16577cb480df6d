import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource } from '../core/database';
import { importDivisions } from './importer';
(async () => {
  const admin = new Client('postgres://postgres@127.0.0.1:5432/postgres'); await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS pingyi_scratch_bench');
  await admin.query('CREATE DATABASE pingyi_scratch_bench TEMPLATE pingyi_scratch_tpl');
  const { db } = createDataSource('postgres://postgres@127.0.0.1:5432/pingyi_scratch_bench', { poolSize: 2 });
  await db.initialize();
  const t = Date.now();
  const r = await importDivisions(db, [process.argv[2] ?? '/work/shared/data/national/villages.csv.gz'], { batchSize: Number(process.env.BATCH ?? 5000) });
  console.log('villages', Date.now() - t, 'ms', JSON.stringify(r.neighborhood), r.errors.length);
  await db.destroy();
  await admin.query('DROP DATABASE pingyi_scratch_bench'); await admin.end();
})();
