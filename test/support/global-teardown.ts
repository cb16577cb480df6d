import { emptyTemplate, onServer, shanghaiTemplate } from './databases';

/** Jest global teardown: drops this run's template databases. */
export default async function globalTeardown(): Promise<void> {
  await onServer(async (c) => {
    for (const name of [emptyTemplate(), shanghaiTemplate()]) {
      await c.query(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [name]);
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
}
