/**
 * No grade without its data (docs/rules.md rule 10): a part without data is left out and the others'
 * weights renormalised; with no part at all there is no score and no grade, and finalising is
 * refused naming what is missing. The database keeps NaN and infinities out of every numeric column.
 * The pure weightedMean is tested in test/unit/assessment-rules.test.ts.
 */
import { FiniteNumbers1796546187229 } from '../migrations/1796546187229-FiniteNumbers';
import { idByCode, useTestApi, type AuditState } from './support/api';
import * as make from './support/factories';
import { ok } from './support/factories';
import { FINALIZE, RECORD_PANEL as PANEL } from './support/operations';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

/** Its own selection: the tests compare the whole answer. */
const ASSESS = `mutation ($input: AssessOfficialInput!) {
  assessOfficial(input: $input) { id status meetingScore thirdPartyScore selfReportMark score computedGrade grade }
}`;

/** A fresh civil servant of 外滩街道's community service office: no meeting, panel or mark of any year. */
const newOfficial = async (name: string) => (await make.official(api.server, { name })).id;

describe('an assessment without data (docs/rules.md rule 10)', () => {
  it('has no score and no grade when no part has data, reads back without error, and cannot be finalised', async () => {
    const official = await newOfficial('无数据');
    const res = await api.server.gql(ASSESS, { input: { officialId: official, year: 2001 } });
    expect(res.errors).toBeUndefined();
    const a = res.data!.assessOfficial;
    expect(a).toEqual({
      id: a.id,
      status: 'DRAFT',
      meetingScore: null,
      thirdPartyScore: null,
      selfReportMark: null,
      score: null,
      computedGrade: null,
      grade: null,
    });
    const [stored] = await api.server.db.query(`SELECT score, computed_grade FROM annual_assessment WHERE id = $1`, [
      a.id,
    ]);
    expect(stored).toEqual({ score: null, computed_grade: null });

    const read = await api.server.gql(
      `query ($o: ID!) { official(id: $o) { latestAssessment { score grade } assessments { score } } }`,
      { o: official },
    );
    expect(read).toEqual({
      data: { official: { latestAssessment: { score: null, grade: null }, assessments: [{ score: null }] } },
    });

    const refused = await api.server.gql(FINALIZE, { id: a.id });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      missing: ['meetingScore', 'thirdPartyScore', 'selfReportMark'],
    });
    expect(refused.errors?.[0].message).toMatch(/no closed meeting.*no third-party panel.*no self-report mark/);
    const [after] = await api.server.db.query(`SELECT status FROM annual_assessment WHERE id = $1`, [a.id]);
    expect(after.status).toBe('DRAFT');
  });

  it('scores the parts present: panels alone, then panels and the mark at 40 : 20', async () => {
    const official = await newOfficial('缺自评');
    await ok(api.server, PANEL, { input: { officialId: official, year: 2001, panel: 'RESIDENT', score: 80 } });
    await ok(api.server, PANEL, { input: { officialId: official, year: 2001, panel: 'EXPERT', score: 70 } });
    const panelsOnly = (await ok(api.server, ASSESS, { input: { officialId: official, year: 2001 } })).assessOfficial;
    expect(panelsOnly).toMatchObject({
      meetingScore: null,
      thirdPartyScore: 75,
      selfReportMark: null,
      score: 75,
      computedGrade: 'GOOD',
      grade: 'GOOD',
    });
    const withMark = (await ok(api.server, ASSESS, { input: { officialId: official, year: 2001, selfReportMark: 45 } }))
      .assessOfficial;
    expect(withMark.score).toBeCloseTo((40 * 75 + 20 * 45) / 60, 9);
    expect(withMark).toMatchObject({ selfReportMark: 45, computedGrade: 'MEDIOCRE' });
    expect((await ok(api.server, FINALIZE, { id: withMark.id })).finalizeAnnualAssessment).toEqual({
      status: 'FINALIZED',
      grade: 'MEDIOCRE',
    });
  });

  it('gives no DISMISSAL for two years without data: neither can be finalised, nor overridden into a grade', async () => {
    const official = await newOfficial('两年无数据');
    for (const year of [2002, 2003]) {
      const a = (await ok(api.server, ASSESS, { input: { officialId: official, year } })).assessOfficial;
      const override = await api.server.gql(
        `mutation ($id: ID!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: POOR, reason: "无材料" }) { grade } }`,
        { id: a.id },
      );
      expectError(override, 'BAD_USER_INPUT', 'id');
      expectError(await api.server.gql(FINALIZE, { id: a.id }), 'BAD_USER_INPUT', 'id');
    }
    const read = await ok(
      api.server,
      `query ($o: ID!) { official(id: $o) { outcome assessments { year status grade score } } }`,
      { o: official },
    );
    expect(read.official).toEqual({
      outcome: null,
      assessments: [
        { year: 2003, status: 'DRAFT', grade: null, score: null },
        { year: 2002, status: 'DRAFT', grade: null, score: null },
      ],
    });
  });

  it('finalises a year without data when a concluded case found a red line breached: the breach carries it, outside the grades', async () => {
    const official = await newOfficial('违规无数据');
    await make.breach(api.server, official, 2004, '违规收受礼品');
    const a = (await ok(api.server, ASSESS, { input: { officialId: official, year: 2004 } })).assessOfficial;
    expect(a).toMatchObject({ score: null, grade: null });
    expect((await ok(api.server, FINALIZE, { id: a.id })).finalizeAnnualAssessment).toEqual({
      status: 'FINALIZED',
      grade: null,
    });
  });

  it('exports an empty score, never NaN, for an official assessed without data', async () => {
    const official = await newOfficial('导出无数据');
    await ok(api.server, ASSESS, { input: { officialId: official, year: 2005 } });
    const huangpu = await idByCode(api.server, 'district', '310101');
    const res = await fetch(`${api.server.url}/export/districts/${huangpu}/results.csv?year=2005&format=machine`, {
      headers: api.server.authHeader(),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain('NaN');
    const header = text
      .replace(/^\uFEFF/, '')
      .split('\n')[0]
      .split(',');
    const line = text
      .split('\n')
      .find((l) => l.includes('导出无数据'))!
      .split(',');
    expect(line[header.indexOf('assessmentStatus')]).toBe('DRAFT');
    expect(line[header.indexOf('assessmentScore')]).toBe('');
    expect(line[header.indexOf('assessmentGrade')]).toBe('');
  });
});

describe('the database keeps NaN and infinities out of numeric columns', () => {
  it('has a CHECK on every floating-point or numeric column of every table that refuses NaN, Infinity and -Infinity', async () => {
    // A row in each table to try: a panel's score and an assessment of a new official, and the
    // demo's closed meeting of last year, whose results are in meeting_result.
    const official = await newOfficial('非数字');
    await ok(api.server, PANEL, { input: { officialId: official, year: 2006, panel: 'EXPERT', score: 88 } });
    await ok(api.server, ASSESS, { input: { officialId: official, year: 2006 } });
    const columns: { table_name: string; column_name: string }[] = await api.server.db.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('double precision', 'real', 'numeric') ORDER BY 1, 2`,
    );
    expect(columns.length).toBeGreaterThanOrEqual(7);
    const refused: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      for (const value of ['NaN', 'Infinity', '-Infinity']) {
        // One row changed in a transaction rolled back: a 23514 naming this column's check.
        // Triggers are off in that transaction (session_replication_role), so an append-only table
        // such as matter_event is tried too; CHECK constraints still apply.
        const runner = api.server.db.createQueryRunner();
        await runner.startTransaction();
        try {
          await runner.query(`SET LOCAL session_replication_role = replica`);
          await runner.query(
            `UPDATE "${table}" SET "${column}" = $1 WHERE ctid = (SELECT ctid FROM "${table}" LIMIT 1)`,
            [value],
          );
          const [{ n }] = await runner.query(`SELECT count(*)::int AS n FROM "${table}"`);
          // A table without a row here: its CHECK is read from the catalogue instead.
          const [check] = await runner.query(
            `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1 AND contype = 'c'`,
            [`${table}_${column}_finite`],
          );
          const refusesAll =
            check &&
            ['NaN', 'Infinity', '-Infinity'].every((v) => String(check.def).includes(`'${v}'`)) &&
            /NOT IN|<> ALL/.test(String(check.def));
          if (n === 0)
            refused.push(
              refusesAll ? `${table}.${column}=${value}` : `${table}.${column}: no row to try and no finite CHECK`,
            );
        } catch (error) {
          const e = error as { driverError?: { code?: string; constraint?: string; message?: string } };
          // A numeric column with a precision cannot hold an infinity at all (22003 numeric field overflow).
          const overflow = e.driverError?.code === '22003' && value !== 'NaN';
          if ((e.driverError?.code === '23514' && e.driverError.constraint === `${table}_${column}_finite`) || overflow)
            refused.push(`${table}.${column}=${value}`);
          else refused.push(`${table}.${column}: ${String(error)}`);
        } finally {
          await runner.rollbackTransaction();
          await runner.release();
        }
      }
    }
    expect(refused).toEqual(
      columns.flatMap((c) => ['NaN', 'Infinity', '-Infinity'].map((v) => `${c.table_name}.${c.column_name}=${v}`)),
    );
  });
});

describe('the FiniteNumbers migration repairs the rows stored before it', () => {
  it('recomputes a NaN score from the parts present, empties one without parts, and audits each repair', async () => {
    const [withPanels, withoutParts, breached] = [
      await newOfficial('修复有数据'),
      await newOfficial('修复无数据'),
      await newOfficial('修复违规'),
    ];
    const migration = new FiniteNumbers1796546187229();
    const runner = api.server.db.createQueryRunner();
    await runner.startTransaction();
    try {
      // As stored before: the constraints absent, scores NaN, graded POOR and finalised.
      await migration.down(runner);
      const insert = `INSERT INTO annual_assessment (official_id, year, status, third_party_score, score, computed_grade, override_grade, override_reason, red_line_breached, finalized_at)
                      VALUES ($1, 2007, 'FINALIZED', $2, 'NaN', 'POOR', $3, $4, $5, now()) RETURNING id`;
      const [[a], [b], [c]] = [
        await runner.query(insert, [withPanels, 80, null, null, false]),
        await runner.query(insert, [withoutParts, null, 'POOR', '无材料', false]),
        await runner.query(insert, [breached, null, null, null, true]),
      ];
      await migration.up(runner);
      const rows = await runner.query(
        `SELECT id, score, computed_grade, override_grade, override_reason, status, finalized_at IS NOT NULL AS finalized FROM annual_assessment WHERE id = ANY($1) ORDER BY score NULLS LAST, red_line_breached`,
        [[a.id, b.id, c.id]],
      );
      expect(rows).toEqual([
        {
          id: a.id,
          score: 80,
          computed_grade: 'GOOD',
          override_grade: null,
          override_reason: null,
          status: 'FINALIZED',
          finalized: true,
        },
        {
          id: b.id,
          score: null,
          computed_grade: null,
          override_grade: null,
          override_reason: null,
          status: 'DRAFT',
          finalized: false,
        },
        {
          id: c.id,
          score: null,
          computed_grade: null,
          override_grade: null,
          override_reason: null,
          status: 'FINALIZED',
          finalized: true,
        },
      ]);
      const audits: { entity_id: string; actor_id: string | null; before: AuditState; after: AuditState }[] =
        await runner.query(
          `SELECT entity_id, actor_id, before, after FROM audit_event WHERE action = 'assessment.repaired' AND entity_id = ANY($1)`,
          [[a.id, b.id, c.id]],
        );
      expect(audits).toHaveLength(3);
      expect(audits.find((e) => e.entity_id === b.id)).toMatchObject({
        actor_id: null,
        before: {
          score: 'NaN',
          computedGrade: 'POOR',
          overrideGrade: 'POOR',
          overrideReason: '无材料',
          status: 'FINALIZED',
        },
        after: { score: null, computedGrade: null, overrideGrade: null, status: 'DRAFT' },
      });
      const nan = await runner.query(`SELECT count(*)::int AS n FROM annual_assessment WHERE score = 'NaN'`);
      expect(nan).toEqual([{ n: 0 }]);
    } finally {
      // Nothing of this stays: the schema and rows are as before the test.
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
