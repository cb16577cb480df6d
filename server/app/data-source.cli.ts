import 'reflect-metadata';
import { createDataSource } from './database';

/** The data source the TypeORM CLI uses (`npm run typeorm -- …`), over every module's entities; needs DATABASE_URL. */
const url = process.env.DATABASE_URL;
if (!url)
  throw new Error('Set DATABASE_URL to run the TypeORM CLI, e.g. postgres://postgres@127.0.0.1:5432/pingyi_dev');
export default createDataSource(url).db;
