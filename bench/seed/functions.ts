/**
 * Temporary SQL functions of the bench seed (created in `pg_temp`, gone when the connection
 * closes). Every "random" value of the seed comes from `md5` of a fixed key, so a run gives the
 * same data whatever order PostgreSQL evaluates rows in.
 */

/** 100 common surnames. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
/** Characters of given names. */
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力志斌宇浩凯鹏晨欣婷雪琳颖佳慧思雨嘉怡子涵一诺梓轩博睿瑞峰海波晓燕春梅丹宁';
/** Comments of dissatisfied ratings (docs/rules.md rule 5 needs one saying why). */
export const COMPLAINTS = [
  '办事拖拉，答复不及时',
  '电话常常无人接听',
  '问题反映多次仍未解决',
  '服务态度生硬',
  '对居民诉求推诿',
];
/** Comments some satisfied ratings carry. */
export const PRAISES = ['工作认真负责', '对居民很耐心', '办事高效', '经常走访居民区'];

/** Quotes a JS string list as a SQL text array literal. */
function textArray(values: string[]): string {
  return `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
}

/**
 * The statements creating the functions:
 * - `pg_temp.u(hex text, slot int) → float8`: the 16 bits at `slot` (0–7) of an md5 hex string as
 *   a number in [0, 1);
 * - `pg_temp.r(key text, slot int) → float8`: byte `slot` (0–15) of `md5(key)` as a number in
 *   [0, 1) (one md5 and no temporary text, so it is cheap on a million rows);
 * - `pg_temp.person(key text) → text`: a Chinese name of two or three characters;
 * - `pg_temp.bid(key text) → uuid`: a fixed id for a seed key, shaped as a version-4 UUID (md5 of
 *   the key with the version and variant bits set), as the API's id checks expect.
 */
export function seedFunctions(): string[] {
  const given = [...GIVEN];
  return [
    `CREATE FUNCTION pg_temp.u(hex text, slot int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT ('x' || substr(hex, 1 + slot * 4, 4))::bit(16)::int / 65536.0 $$`,
    `CREATE FUNCTION pg_temp.r(key text, slot int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT get_byte(decode(md5(key), 'hex'), slot) / 256.0 $$`,
    `CREATE FUNCTION pg_temp.bid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT overlay(overlay(md5('pingyi-bench:' || key) placing '4' from 13) placing '8' from 17)::uuid $$`,
    `CREATE FUNCTION pg_temp.person(key text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT (${textArray([...SURNAMES])})[1 + floor(pg_temp.u(h, 0) * ${[...SURNAMES].length})::int]
           || (${textArray(given)})[1 + floor(pg_temp.u(h, 1) * ${given.length})::int]
           || CASE WHEN pg_temp.u(h, 2) < 0.7 THEN (${textArray(given)})[1 + floor(pg_temp.u(h, 3) * ${given.length})::int] ELSE '' END
         FROM md5(key) AS h $$`,
  ];
}

/**
 * SQL expression of an official's quality in a year, 0–1 (drives their ratings, panels and mark),
 * from the official id expression `id` and year expression `year`. A fixed tier per official (6%
 * excellent, 8% poor, 15% mediocre, the rest good) plus a small yearly drift, so that runs of
 * grades, and every outcome of docs/rules.md rule 11, occur.
 */
export function qualitySql(id: string, year: string): string {
  const t = `pg_temp.r('tier:' || ${id}, 0)`;
  const p = `pg_temp.r('tier:' || ${id}, 1)`;
  return `LEAST(1, GREATEST(0,
    CASE WHEN ${t} < 0.06 THEN 0.90 + 0.10 * ${p}
         WHEN ${t} < 0.14 THEN 0.15 + 0.18 * ${p}
         WHEN ${t} < 0.29 THEN 0.44 + 0.12 * ${p}
         ELSE 0.62 + 0.22 * ${p} END
    + (pg_temp.r('drift:' || ${id} || ':' || ${year}, 0) - 0.5) * 0.08))`;
}

export { textArray };
