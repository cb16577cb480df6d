import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { connectAndMigrate, createDataSource } from '../server/app/database';
import { importDivisions, type ImportProgress, type LevelCounts } from '../server/division-import/importer';
import { LEVEL_SPECS } from '../server/division-import/levels';
import { District } from '../server/district/district.entity';
import { Neighborhood } from '../server/neighborhood/neighborhood.entity';
import { Subdistrict } from '../server/subdistrict/subdistrict.entity';
import { createTestDatabase, type TestDatabase } from './support/databases';
import type { AnyClass } from '../server/core/class';

const DIVISIONS = path.join(__dirname, '..', 'data', 'divisions');
const SHANGHAI_FILES = ['shanghai-districts.csv', 'shanghai-subdistricts.csv', 'shanghai-neighborhoods.csv'];
const NEIGHBORHOOD_HEADER = 'code,name,streetCode,provinceCode,cityCode,areaCode';

let database: TestDatabase;
let db: DataSource;
let tmp: string;

// Every test but the first starts from Shanghai's divisions, imported here, and leaves them as it
// found them; the first imports them into an empty database of its own.
beforeAll(async () => {
  database = await createTestDatabase();
  db = await connectAndMigrate(createDataSource(database.url, { poolSize: 2 }));
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pingyi-division-import-'));
  const report = await importDivisions(db, [DIVISIONS]);
  if (report.errors.length > 0)
    throw new Error(`Shanghai's divisions did not import: ${JSON.stringify(report.errors.slice(0, 3))}`);
});

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Writes a temporary CSV (lines joined with \n) and returns its path. */
async function csv(name: string, lines: string[]): Promise<string> {
  const file = path.join(tmp, name);
  await writeFile(file, `${lines.join('\n')}\n`);
  return file;
}

async function scalar(sql: string, params: unknown[] = []): Promise<unknown> {
  const [row] = await db.query(sql, params);
  return Object.values(row)[0];
}

async function tableCounts(source: DataSource = db) {
  const [row] = await source.query(`SELECT
    (SELECT count(*)::int FROM district) AS districts,
    (SELECT count(*)::int FROM subdistrict) AS subdistricts,
    (SELECT count(*)::int FROM neighborhood) AS neighborhoods,
    (SELECT count(*)::int FROM subdistrict WHERE kind = 'SUBDISTRICT') AS streets,
    (SELECT count(*)::int FROM neighborhood WHERE kind = 'RESIDENTS_COMMITTEE') AS committees`);
  return row;
}

/** A fingerprint of every division with its kind and its parent's code. */
function snapshot(): Promise<unknown> {
  return scalar(`SELECT md5(string_agg(line, E'\\n' ORDER BY line)) FROM (
      SELECT concat_ws('|', code, name) AS line FROM district
      UNION ALL SELECT concat_ws('|', s.code, s.name, s.kind, d.code) FROM subdistrict s JOIN district d ON d.id = s.district_id
      UNION ALL SELECT concat_ws('|', n.code, n.name, n.kind, s.code) FROM neighborhood n JOIN subdistrict s ON s.id = n.subdistrict_id
    ) x`);
}

const counts = (c: Partial<LevelCounts>): LevelCounts => ({ inserted: 0, updated: 0, unchanged: 0, skipped: 0, ...c });

describe('importDivisions', () => {
  it("imports Shanghai's 16 districts, 234 township-level units and 6,509 committees, parents first", async () => {
    const empty = await createTestDatabase();
    const db = await connectAndMigrate(createDataSource(empty.url, { poolSize: 2 }));
    try {
      await importsShanghaiInto(db);
    } finally {
      await db.destroy();
      await empty.drop();
    }
  });

  /** The first import into an empty database `db`: everything inserted, parents first, with progress. */
  async function importsShanghaiInto(db: DataSource): Promise<void> {
    const progress: ImportProgress[] = [];
    // Children first on purpose: the importer orders the files by level.
    const files = [...SHANGHAI_FILES].reverse().map((f) => path.join(DIVISIONS, f));
    const report = await importDivisions(db, files, { onProgress: (p) => progress.push(p) });
    const scalar = async (sql: string, params: unknown[] = []) => Object.values((await db.query(sql, params))[0])[0];

    expect(report.district).toEqual(counts({ inserted: 16 }));
    expect(report.subdistrict).toEqual(counts({ inserted: 234 }));
    expect(report.neighborhood).toEqual(counts({ inserted: 6509 }));
    expect(report.errors).toEqual([]);
    expect(report.skippedFiles).toEqual([]);
    expect(report.files.map((f) => f.level)).toEqual(['district', 'subdistrict', 'neighborhood']);
    expect(await tableCounts(db)).toEqual({
      districts: 16,
      subdistricts: 234,
      neighborhoods: 6509,
      streets: 107,
      committees: 4941,
    });

    const [nanjing] = await db.query(
      `SELECT s.name, s.kind, d.name AS district FROM subdistrict s JOIN district d ON d.id = s.district_id WHERE s.code = '310101002'`,
    );
    expect(nanjing).toEqual({ name: '南京东路街道', kind: 'SUBDISTRICT', district: '黄浦区' });
    const [yunnan] = await db.query(
      `SELECT n.name, n.kind, s.name AS subdistrict FROM neighborhood n JOIN subdistrict s ON s.id = n.subdistrict_id WHERE n.code = '310101002001'`,
    );
    expect(yunnan).toEqual({ name: '云南中路居委会', kind: 'RESIDENTS_COMMITTEE', subdistrict: '南京东路街道' });

    // Imported rows get time-ordered ids (UUID version 7, see batch-ids.ts).
    const v7 = '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
    expect(await scalar(`SELECT count(*)::int FROM neighborhood WHERE id::text !~ $1`, [v7])).toBe(0);

    const last = progress.filter((p) => p.level === 'neighborhood').pop();
    expect(last).toMatchObject({ done: 6509, total: 6509 });
  }

  it('a second run of the same folder inserts 0 and updates 0', async () => {
    const report = await importDivisions(db, [DIVISIONS]);
    expect(report.district).toEqual(counts({ unchanged: 16 }));
    expect(report.subdistrict).toEqual(counts({ unchanged: 234 }));
    expect(report.neighborhood).toEqual(counts({ unchanged: 6509 }));
    expect(report.errors).toEqual([]);
  });

  it('reports a changed name as 1 updated, with its kind derived again', async () => {
    const file = await csv('renamed-subdistricts.csv', [
      'code,name,areaCode,provinceCode,cityCode',
      '310101002,"南京东路镇",310101,31,3101',
      '310101013,"外滩街道",310101,31,3101',
    ]);
    const report = await importDivisions(db, [file]);
    expect(report.subdistrict).toEqual(counts({ updated: 1, unchanged: 1 }));
    expect(await db.query(`SELECT name, kind FROM subdistrict WHERE code = '310101002'`)).toEqual([
      { name: '南京东路镇', kind: 'TOWN' },
    ]);

    const restored = await importDivisions(db, [path.join(DIVISIONS, 'shanghai-subdistricts.csv')]);
    expect(restored.subdistrict).toEqual(counts({ updated: 1, unchanged: 233 }));
    expect(await tableCounts()).toMatchObject({ streets: 107 });
  });

  it('reports each malformed row with its line and imports the good ones', async () => {
    const file = await csv('bad-neighborhoods.csv', [
      NEIGHBORHOOD_HEADER,
      '310101002901,"测试一居委会",310101002,31,3101,310101', // 2: good
      '31010100290,"短码居委会",310101002,31,3101,310101', // 3: 11 digits
      '310101013901,"错位居委会",310101002,31,3101,310101', // 4: not under its streetCode
      '310101002902,"",310101002,31,3101,310101', // 5: empty name
      '310101999901,"无主居委会",310101999,31,3101,310101', // 6: no such subdistrict
      '310101002903,"缺列居委会",310101002,31,3101', // 7: 5 columns
      '', // 8: blank, ignored
      '310101002901,"重复居委会",310101002,31,3101,310101', // 9: code of line 2 again
      '310101002904,"测试二村委会",310101002,31,3101,310101', // 10: good
      '310101002905,"多\n行居委会",310101002,31,3101,310101', // 11–12: a line break in the name
      '310101002906,"测试三居委会",310101002,31,3101,310101', // 13: good
      '310101002907,"未闭合', // 14: a quote never closed
    ]);
    const report = await importDivisions(db, [file]);
    expect(report.neighborhood).toEqual(counts({ inserted: 3, skipped: 8 }));
    expect(report.errors.map(({ file: f, line }) => `${path.basename(f)}:${line}`)).toEqual(
      [3, 4, 5, 6, 7, 9, 11, 14].map((line) => `bad-neighborhoods.csv:${line}`),
    );
    const messages = report.errors.map((e) => e.message);
    expect(messages[0]).toMatch(/"31010100290" must have 12 digits/);
    expect(messages[1]).toMatch(/310101013901 does not start with its streetCode 310101002/);
    expect(messages[2]).toMatch(/empty name/);
    expect(messages[3]).toMatch(/unknown subdistrict code 310101999/);
    expect(messages[4]).toMatch(/expected 6 columns, found 5/);
    expect(messages[5]).toMatch(/repeats line 2/);
    expect(messages[6]).toMatch(/name contains a line break/);
    expect(messages[7]).toMatch(/Quote Not Closed/);
    expect(
      await db.query(`SELECT code, name, kind FROM neighborhood WHERE code LIKE '3101010029%' ORDER BY code`),
    ).toEqual([
      { code: '310101002901', name: '测试一居委会', kind: 'RESIDENTS_COMMITTEE' },
      { code: '310101002904', name: '测试二村委会', kind: 'VILLAGE_COMMITTEE' },
      { code: '310101002906', name: '测试三居委会', kind: 'RESIDENTS_COMMITTEE' },
    ]);
    await db.query(`DELETE FROM neighborhood WHERE code LIKE '3101010029%'`);
  });

  it('imports gzipped files the same as the plain ones', async () => {
    const before = await snapshot();
    const gzDir = path.join(tmp, 'gz');
    await rm(gzDir, { recursive: true, force: true });
    await mkdir(gzDir);
    for (const name of SHANGHAI_FILES) {
      await writeFile(path.join(gzDir, `${name}.gz`), gzipSync(await readFile(path.join(DIVISIONS, name))));
    }
    await db.query('DELETE FROM neighborhood');

    const report = await importDivisions(db, [gzDir]);
    expect(report.district).toEqual(counts({ unchanged: 16 }));
    expect(report.subdistrict).toEqual(counts({ unchanged: 234 }));
    expect(report.neighborhood).toEqual(counts({ inserted: 6509 }));
    expect(report.errors).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('lists province and city files as skipped, without failing', async () => {
    const provinces = await csv('provinces.csv', ['code,name', '31,"上海市"']);
    const cities = await csv('cities.csv', ['code,name,provinceCode', '3101,"市辖区",31']);
    const report = await importDivisions(db, [provinces, cities]);
    expect(report.skippedFiles).toEqual([
      { file: provinces, reason: expect.stringMatching(/province/) },
      { file: cities, reason: expect.stringMatching(/city/) },
    ]);
    expect(report.errors).toEqual([]);
    expect(report.files).toEqual([]);
  });

  it('leaves nothing of a file behind when it fails part-way', async () => {
    const file = await csv('interrupted-neighborhoods.csv', [
      NEIGHBORHOOD_HEADER,
      '310101002801,"甲居委会",310101002,31,3101,310101',
      '310101002802,"乙居委会",310101002,31,3101,310101',
      '310101002803,"丙居委会",310101002,31,3101,310101',
    ]);
    const crash = (p: ImportProgress) => {
      if (p.done >= 2) throw new Error('simulated crash after the second batch');
    };
    await expect(importDivisions(db, [file], { batchSize: 1, onProgress: crash })).rejects.toThrow('simulated crash');
    expect(await scalar(`SELECT count(*)::int FROM neighborhood WHERE code LIKE '3101010028%'`)).toBe(0);
  });

  it('rolls back a file whose gzip stream breaks after some batches were written', async () => {
    const subdistricts: { code: string }[] = await db.query('SELECT code FROM subdistrict ORDER BY code');
    const lines = [NEIGHBORHOOD_HEADER];
    for (const { code } of subdistricts) {
      for (let n = 500; n < 600; n++) {
        // Random text in the names keeps the gzip large enough to be read in several chunks.
        const noise = randomBytes(16).toString('hex');
        lines.push(`${code}${n},"断流${noise}居委会",${code},31,${code.slice(0, 4)},${code.slice(0, 6)}`);
      }
    }
    const whole = gzipSync(`${lines.join('\n')}\n`);
    const file = path.join(tmp, 'truncated-neighborhoods.csv.gz');
    await writeFile(file, whole.subarray(0, Math.floor(whole.length * 0.8)));
    const progress: number[] = [];

    const report = await importDivisions(db, [file], { batchSize: 1000, onProgress: (p) => progress.push(p.done) });
    expect(Math.max(...progress)).toBeGreaterThan(0); // batches were written before the break…
    expect(report.skippedFiles).toEqual([
      { file, reason: expect.stringMatching(/unexpected end of file; nothing from this file was imported/) },
    ]);
    expect(report.neighborhood).toEqual(counts({}));
    expect(await scalar(`SELECT count(*)::int FROM neighborhood WHERE name LIKE '断流%'`)).toBe(0); // …and rolled back
  });

  it('checks the parent foreign key once for a bulk file, and keeps it', async () => {
    const before = await snapshot();
    const keys = `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND conrelid = 'neighborhood'::regclass AND confrelid = 'subdistrict'::regclass`;
    const foreignKeys = await db.query(keys);
    expect(foreignKeys).toHaveLength(1);
    const indexes = `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'neighborhood' ORDER BY indexname`;
    const indexesBefore = await db.query(indexes);
    expect(indexesBefore.map((i: { indexdef: string }) => i.indexdef).join('\n')).toMatch(/UNIQUE INDEX .*\(code\)/);
    await db.query('DELETE FROM neighborhood');

    // bulkRows: 1 takes the bulk path (foreign key and secondary indexes dropped, then made again) even for Shanghai.
    const report = await importDivisions(db, [DIVISIONS], { bulkRows: 1 });
    expect(report.neighborhood).toEqual(counts({ inserted: 6509 }));
    expect(await db.query(keys)).toEqual(foreignKeys);
    expect(await db.query(indexes)).toEqual(indexesBefore);
    expect(await snapshot()).toBe(before);
    await expect(
      db.query(`UPDATE neighborhood SET subdistrict_id = gen_random_uuid() WHERE code = '310101002001'`),
    ).rejects.toThrow(/foreign key/);
  });

  it('stores a name with a backslash as it is written (the rows are copied in COPY text format)', async () => {
    const file = await csv('backslash-neighborhoods.csv', [
      NEIGHBORHOOD_HEADER,
      '310101002998,"南京东路\\N居委会",310101002,31,3101,310101',
      '310101002999,"南京东路\\t居委会",310101002,31,3101,310101',
    ]);
    const report = await importDivisions(db, [file]);
    expect(report.neighborhood).toEqual(counts({ inserted: 2 }));
    expect(
      await db.query(
        `SELECT code, name FROM neighborhood WHERE code IN ('310101002998', '310101002999') ORDER BY code`,
      ),
    ).toEqual([
      { code: '310101002998', name: '南京东路\\N居委会' },
      { code: '310101002999', name: '南京东路\\t居委会' },
    ]);
    await db.query(`DELETE FROM neighborhood WHERE code IN ('310101002998', '310101002999')`);
  });

  it('names the tables and columns of the entities', () => {
    const columns = (entity: AnyClass) => db.getMetadata(entity).columns.map((c) => c.databaseName);
    const entities = { district: District, subdistrict: Subdistrict, neighborhood: Neighborhood };
    for (const spec of Object.values(LEVEL_SPECS)) {
      const metadata = db.getMetadata(entities[spec.level]);
      expect(metadata.tableName).toBe(spec.table);
      expect(columns(entities[spec.level])).toEqual(
        expect.arrayContaining(['id', 'code', 'name', 'updated_at', ...(spec.kindOf ? ['kind'] : [])]),
      );
      if (spec.parent) {
        expect(db.getMetadata(entities[spec.parent.level]).tableName).toBe(spec.parent.table);
        expect(columns(entities[spec.level])).toContain(spec.parent.foreignKey);
      }
    }
  });

  it('refuses a path that does not exist before writing anything', async () => {
    await expect(importDivisions(db, [path.join(tmp, 'missing.csv')])).rejects.toThrow(/no such file or folder/);
  });
});
