import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { byIdLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { ResidentSurvey } from './resident-survey.entity';
import { latestSubdistrictRates } from './survey-results';
import type { SubdistrictSurveyRates, SurveyCounts } from './survey.types';

/**
 * This request's survey loaders: surveys by id (limited to the viewer's scope); the counts of
 * codes and answers per survey, in one statement (the service decides who may see them); and a
 * 街道's latest published rates by `<subdistrictId>|<YYYY-MM-DD>` (the last day the period may end
 * on), one statement per distinct day in a batch (docs/rules.md rule 12).
 */
export function createSurveyLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    residentSurvey: byIdLoader(db, ResidentSurvey, scopeFilter(viewer, 'subdistrictId')),
    surveyCounts: new DataLoader<string, SurveyCounts>(async (keys) => {
      const ids = [...new Set(keys.filter(isId))];
      const rows = (await db.query(
        `SELECT s.id,
           (SELECT count(*)::int FROM survey_code c WHERE c.survey_id = s.id) AS issued,
           (SELECT count(*)::int FROM survey_code c WHERE c.survey_id = s.id AND c.used) AS used,
           (SELECT count(*)::int FROM survey_code c WHERE c.survey_id = s.id AND c.voided) AS voided,
           (SELECT count(*)::int FROM survey_answer a WHERE a.survey_id = s.id) AS answers,
           (SELECT count(*)::int FROM survey_answer a WHERE a.survey_id = s.id AND a.channel = 'MEETING') AS paper
         FROM unnest($1::uuid[]) AS s(id)`,
        [ids],
      )) as { id: string; issued: number; used: number; voided: number; answers: number; paper: number }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return keys.map((key) => {
        const r = byId.get(key);
        return {
          issuedCodes: r?.issued ?? 0,
          usedCodes: r?.used ?? 0,
          voidedCodes: r?.voided ?? 0,
          answers: r?.answers ?? 0,
          paperAnswers: r?.paper ?? 0,
        };
      });
    }),
    latestSurveyRates: new DataLoader<string, SubdistrictSurveyRates | null>(async (keys) => {
      const byDay = new Map<string, string[]>();
      for (const key of keys) {
        const [id, day] = key.split('|');
        if (isId(id) && /^\d{4}-\d\d-\d\d$/.test(day)) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(id);
      }
      const found = new Map<string, SubdistrictSurveyRates>();
      for (const [day, ids] of byDay) {
        const rates = await latestSubdistrictRates(db, [...new Set(ids)], day);
        for (const [id, r] of rates) found.set(`${id}|${day}`, r);
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
export type SurveyLoaders = ReturnType<typeof createSurveyLoaders>;
