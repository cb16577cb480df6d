import { MigrationInterface, QueryRunner } from "typeorm";

/** The values PostgreSQL's double precision accepts that are not finite numbers. */
const NON_FINITE = `('NaN', 'Infinity', '-Infinity')`;

/**
 * No number that is not a number (docs/rules.md rule 10: no grade without its data). Until now an
 * assessment computed without a self-report mark stored `score = NaN` and the grade POOR, which
 * every later read of the score turned into an internal error. This migration first repairs the
 * rows already stored, then adds to every floating-point column a CHECK that refuses NaN,
 * Infinity and -Infinity (NULL passes where the column allows it).
 *
 * The repair, each change written to the audit log by the server itself (actor NULL):
 * - annual_assessment, where the score or a part is not finite: a part that is not finite becomes
 *   NULL (no data); the score is recomputed from the parts present with the district's policy of
 *   that year (or docs/rules.md rule 10's defaults 40/40/20, bands 90/75/60), the weights renormalised over the
 *   parts present, and the computed grade follows from the bands (`assessment.repaired`). With no
 *   part present the score and the computed grade become NULL, an override is removed (a grade
 *   without data; its reason stays in the audit entry), and a FINALIZED row goes back to DRAFT
 *   unless a red line was found breached that year, since such a year can no longer be finalised.
 * - meeting_result: a satisfaction rate or score that is not finite becomes NULL (unpublished figure).
 * - third_party_evaluation: a panel score that is not finite (the column is NOT NULL) is deleted
 *   (`third_party.repaired`); none can have been stored through the API, whose Float refuses them.
 *
 * `down` drops the constraints; the repaired rows stay repaired.
 */
export class FiniteNumbers1796546187229 implements MigrationInterface {
    name = 'FiniteNumbers1796546187229'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            WITH bad AS (
                SELECT a.id, a.status, a.red_line_breached, a.score::text AS old_score, a.computed_grade AS old_grade,
                       a.override_grade AS old_override, a.override_reason AS old_reason,
                       CASE WHEN a.meeting_score IN ${NON_FINITE} THEN NULL ELSE a.meeting_score END AS ms,
                       CASE WHEN a.third_party_score IN ${NON_FINITE} THEN NULL ELSE a.third_party_score END AS ts,
                       CASE WHEN a.self_report_mark IN ${NON_FINITE} THEN NULL ELSE a.self_report_mark END AS sr,
                       coalesce(p.meeting_weight, 40) AS mw, coalesce(p.third_party_weight, 40) AS tw, coalesce(p.self_report_weight, 20) AS sw,
                       coalesce(p.excellent_from, 90) AS ef, coalesce(p.good_from, 75) AS gf, coalesce(p.mediocre_from, 60) AS mf
                  FROM annual_assessment a
                  JOIN official o ON o.id = a.official_id
                  JOIN subdistrict s ON s.id = o.subdistrict_id
                  LEFT JOIN assessment_policy p ON p.district_id = s.district_id AND p.year = a.year
                 WHERE a.score IN ${NON_FINITE} OR a.meeting_score IN ${NON_FINITE}
                    OR a.third_party_score IN ${NON_FINITE} OR a.self_report_mark IN ${NON_FINITE}
            ), weighed AS (
                SELECT bad.*,
                       coalesce(mw * ms, 0) + coalesce(tw * ts, 0) + coalesce(sw * sr, 0) AS num,
                       (CASE WHEN ms IS NULL THEN 0 ELSE mw END) + (CASE WHEN ts IS NULL THEN 0 ELSE tw END) + (CASE WHEN sr IS NULL THEN 0 ELSE sw END) AS den
                  FROM bad
            ), scored AS (
                SELECT weighed.*, CASE WHEN den > 0 THEN num / den END AS new_score FROM weighed
            ), graded AS (
                SELECT scored.*,
                       CASE WHEN new_score IS NULL THEN NULL WHEN new_score >= ef THEN 'EXCELLENT' WHEN new_score >= gf THEN 'GOOD'
                            WHEN new_score >= mf THEN 'MEDIOCRE' ELSE 'POOR' END AS new_grade,
                       CASE WHEN new_score IS NULL AND status = 'FINALIZED' AND NOT red_line_breached THEN 'DRAFT' ELSE status END AS new_status
                  FROM scored
            ), fixed AS (
                UPDATE annual_assessment a
                   SET meeting_score = g.ms, third_party_score = g.ts, self_report_mark = g.sr,
                       score = g.new_score, computed_grade = g.new_grade,
                       override_grade = CASE WHEN g.new_score IS NULL THEN NULL ELSE a.override_grade END,
                       override_reason = CASE WHEN g.new_score IS NULL THEN NULL ELSE a.override_reason END,
                       status = g.new_status,
                       finalized_at = CASE WHEN g.new_status = 'DRAFT' THEN NULL ELSE a.finalized_at END,
                       finalized_by_id = CASE WHEN g.new_status = 'DRAFT' THEN NULL ELSE a.finalized_by_id END,
                       updated_at = now()
                  FROM graded g
                 WHERE a.id = g.id
             RETURNING a.id, g.old_score, g.old_grade, g.old_override, g.old_reason, g.status AS old_status,
                       a.score, a.computed_grade, a.override_grade, a.status
            )
            INSERT INTO audit_event (actor_id, action, entity_type, entity_id, before, after)
            SELECT NULL, 'assessment.repaired', 'AnnualAssessment', f.id,
                   jsonb_build_object('score', f.old_score, 'computedGrade', f.old_grade, 'overrideGrade', f.old_override, 'overrideReason', f.old_reason, 'status', f.old_status),
                   jsonb_build_object('score', f.score, 'computedGrade', f.computed_grade, 'overrideGrade', f.override_grade, 'status', f.status,
                                      'why', 'the score was not a finite number: recomputed from the parts present (docs/rules.md rule 10), none without data')
              FROM fixed f
        `);
        await queryRunner.query(`
            UPDATE meeting_result
               SET satisfaction_rate = CASE WHEN satisfaction_rate IN ${NON_FINITE} THEN NULL ELSE satisfaction_rate END,
                   score = CASE WHEN score IN ${NON_FINITE} THEN NULL ELSE score END
             WHERE satisfaction_rate IN ${NON_FINITE} OR score IN ${NON_FINITE}
        `);
        await queryRunner.query(`
            WITH removed AS (
                DELETE FROM third_party_evaluation WHERE score IN ${NON_FINITE}
                RETURNING official_id, year, panel, score::text AS score
            )
            INSERT INTO audit_event (actor_id, action, entity_type, entity_id, before, after)
            SELECT NULL, 'third_party.repaired', 'Official', r.official_id,
                   jsonb_build_object('year', r.year, 'panel', r.panel, 'score', r.score), NULL
              FROM removed r
        `);
        await queryRunner.query(`ALTER TABLE "meeting_result" ADD CONSTRAINT "meeting_result_satisfaction_rate_finite" CHECK ("satisfaction_rate" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
        await queryRunner.query(`ALTER TABLE "meeting_result" ADD CONSTRAINT "meeting_result_score_finite" CHECK ("score" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
        await queryRunner.query(`ALTER TABLE "third_party_evaluation" ADD CONSTRAINT "third_party_evaluation_score_finite" CHECK ("score" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" ADD CONSTRAINT "annual_assessment_meeting_score_finite" CHECK ("meeting_score" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" ADD CONSTRAINT "annual_assessment_third_party_score_finite" CHECK ("third_party_score" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" ADD CONSTRAINT "annual_assessment_self_report_mark_finite" CHECK ("self_report_mark" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" ADD CONSTRAINT "annual_assessment_score_finite" CHECK ("score" NOT IN ('NaN', 'Infinity', '-Infinity'))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "annual_assessment" DROP CONSTRAINT "annual_assessment_score_finite"`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" DROP CONSTRAINT "annual_assessment_self_report_mark_finite"`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" DROP CONSTRAINT "annual_assessment_third_party_score_finite"`);
        await queryRunner.query(`ALTER TABLE "annual_assessment" DROP CONSTRAINT "annual_assessment_meeting_score_finite"`);
        await queryRunner.query(`ALTER TABLE "third_party_evaluation" DROP CONSTRAINT "third_party_evaluation_score_finite"`);
        await queryRunner.query(`ALTER TABLE "meeting_result" DROP CONSTRAINT "meeting_result_score_finite"`);
        await queryRunner.query(`ALTER TABLE "meeting_result" DROP CONSTRAINT "meeting_result_satisfaction_rate_finite"`);
    }

}
