/**
 * The loaders' lean read (server/core/lean-select.ts) gives what TypeORM gives: the same records,
 * of the same classes, with the same values, for every entity of the schema on 黄浦区's demo data;
 * parameters land in their places when a kept text is reused with other values; and queries it does
 * not keep still run (through TypeORM). The API suite runs with NODE_ENV=test, where every use of a
 * kept text is checked against TypeORM's own, and scope-matrix.test.ts checks scope in every batch.
 */
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { isKept, leanMany, leanRawAndEntities, leanReads } from '../server/core/lean-select';
import { MEETING_RESULTS, OFFICIALS_PAGE, SUBDISTRICT_STRUCTURE } from '../bench/queries';
import { idByCode } from './support/api';
import { ok } from './support/factories';
import { Official } from '../server/official/official.entity';
import { Office } from '../server/office/office.entity';
import { useTestApi } from './support/api';

const api = useTestApi({ withShanghai: true });

/** Records read both ways from `qb`: TypeORM's getMany and the lean read. */
async function bothWays<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<{ typeorm: T[]; lean: T[] }> {
  const typeorm = await qb.getMany();
  const lean = await leanMany(qb);
  return { typeorm, lean };
}

describe('the lean read of the loaders', () => {
  it('reads every entity of the schema as TypeORM does: same classes, same values, same order', async () => {
    const db = api.server.db;
    const withRows: string[] = [];
    for (const metadata of db.entityMetadatas) {
      const primary = metadata.primaryColumns[0];
      const qb = db
        .getRepository(metadata.target)
        .createQueryBuilder('r')
        .orderBy(`r.${primary.propertyPath}`, 'ASC')
        .limit(40);
      expect({ entity: metadata.name, kept: isKept(qb) }).toEqual({ entity: metadata.name, kept: true });
      const { typeorm, lean } = await bothWays(qb);
      expect(lean).toStrictEqual(typeorm);
      lean.forEach((record, i) => expect(Object.getPrototypeOf(record)).toBe(Object.getPrototypeOf(typeorm[i])));
      if (lean.length > 0) withRows.push(metadata.name);
    }
    // The comparison is not empty where it matters: the records q1, q2 and q4 read.
    expect(withRows).toEqual(
      expect.arrayContaining([
        'Subdistrict',
        'Office',
        'DispatchedAgency',
        'Official',
        'HeadAppointment',
        'AnnualAssessment',
        'OfficialStanding',
        'EvaluationMeeting',
        'MeetingResult',
        'User',
      ]),
    );
  });

  it('puts each value in its place when a kept text is used again with other values', async () => {
    const db = api.server.db;
    const offices = await db.getRepository(Office).find({ order: { id: 'ASC' } });
    const subdistricts = [...new Set(offices.map((o) => o.subdistrictId))].slice(0, 3);
    expect(subdistricts).toHaveLength(3);
    for (const [i, subdistrictId] of subdistricts.entries()) {
      const own = [...new Set(offices.filter((o) => o.subdistrictId === subdistrictId).map((o) => o.kind))];
      const kinds = i === 1 ? own.slice(0, 1) : own;
      const qb = db
        .getRepository(Office)
        .createQueryBuilder('r')
        .where('r.kind = ANY(:kinds)', { kinds })
        .andWhere('r.subdistrictId = :subdistrictId', { subdistrictId })
        .orderBy('r.kind', 'ASC')
        .addOrderBy('r.id', 'ASC');
      expect(isKept(qb)).toBe(true);
      const { typeorm, lean } = await bothWays(qb);
      expect(lean.length).toBeGreaterThan(0);
      expect(lean).toStrictEqual(typeorm);
      expect(lean.every((o) => o.subdistrictId === subdistrictId && kinds.includes(o.kind))).toBe(true);
    }
  });

  it('gives one record per row key and every raw row when a join repeats a record', async () => {
    const db = api.server.db;
    const qb = db
      .getRepository(Official)
      .createQueryBuilder('r')
      .innerJoin(Office, 'o', 'o.subdistrictId = r.subdistrictId')
      .addSelect('o.id', 'office_id')
      .where('r.subdistrictId IS NOT NULL')
      .orderBy('r.id', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(60);
    expect(isKept(qb)).toBe(true);
    const typeorm = await qb.getRawAndEntities();
    const lean = await leanRawAndEntities(qb);
    expect(lean.raw).toEqual(typeorm.raw);
    expect(lean.entities).toStrictEqual(typeorm.entities);
    expect(lean.entities.length).toBeLessThan(lean.raw.length);
  });

  it("reads every record of B1's q1, q2 and q4 through kept plans", async () => {
    const server = api.server;
    const year = new Date().getUTCFullYear();
    const closed = await ok(
      server,
      `query ($y: Int) { evaluationMeetings(filter: { status: CLOSED, year: $y }) { nodes { id } } }`,
      { y: year - 1 },
    );
    const asked = [
      { q: SUBDISTRICT_STRUCTURE, variables: { subdistrictId: await idByCode(server, 'subdistrict', '310101013') } },
      { q: MEETING_RESULTS, variables: { meetingId: closed.evaluationMeetings.nodes[0].id } },
      { q: OFFICIALS_PAGE, variables: { districtId: await idByCode(server, 'district', '310101'), first: 100 } },
    ];
    for (const { q, variables } of asked) {
      const before = { ...leanReads };
      await ok(server, q.query, variables);
      expect({ query: q.id, passedOn: leanReads.passedOn - before.passedOn }).toEqual({ query: q.id, passedOn: 0 });
      expect(leanReads.kept - before.kept).toBeGreaterThanOrEqual(3);
    }
  });

  it('leaves to TypeORM what it does not keep, with the same answer', async () => {
    const db = api.server.db;
    const qb = db
      .getRepository(Official)
      .createQueryBuilder('r')
      .where(new Brackets((w) => w.where('r.category = :c', { c: 'CIVIL_SERVANT' }).orWhere('r.title IS NULL')))
      .orderBy('r.id', 'ASC')
      .limit(20);
    expect(isKept(qb)).toBe(false);
    const { typeorm, lean } = await bothWays(qb);
    expect(lean.length).toBe(20);
    expect(lean).toStrictEqual(typeorm);
    // An expanded list writes one placeholder per value: in an added select too, the text depends on it.
    const ids = typeorm.slice(0, 3).map((o) => o.id);
    const expanded = db
      .getRepository(Official)
      .createQueryBuilder('r')
      .addSelect('r.id IN (:...picked)', 'picked')
      .where('r.id = ANY(:ids)', { ids, picked: ids.slice(0, 1) })
      .orderBy('r.id', 'ASC');
    expect(isKept(expanded)).toBe(false);
    const both = await bothWays(expanded);
    expect(both.lean.map((o) => o.id)).toEqual([...ids].sort());
    expect(both.lean).toStrictEqual(both.typeorm);
  });
});
