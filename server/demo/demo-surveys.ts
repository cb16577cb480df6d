import type { DataSource } from 'typeorm';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { hashBallotCode, newBallotCode } from '../rating/ballot-secret';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { ResidentSurvey } from '../survey/resident-survey.entity';
import { STANDARD_QUESTIONS } from '../survey/standard-questions';
import { SurveyAnswer } from '../survey/survey-answer.entity';
import { SurveyCode } from '../survey/survey-code.entity';
import { SurveyChannel, SurveyDimension, SurveyStatus } from '../survey/survey-enums';
import { parsePeriod, quarterOf } from '../survey/survey-period';

/** A small deterministic generator (mulberry32: the same demo answers on every run). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** How a demo neighborhood's residents lean per dimension: the chance of a 4 or 5. */
const LEANINGS: Record<SurveyDimension, number> = {
  [SurveyDimension.AWARENESS]: 0.7,
  [SurveyDimension.PARTICIPATION]: 0.45,
  [SurveyDimension.SATISFACTION]: 0.8,
};

/**
 * One CLOSED residents' survey (docs/rules.md rule 12) per neighborhood of the demo 街道 for the
 * quarter before `now`'s, with Pingyi's standard questions and 12–40 answers each (most by code,
 * some on paper), so that its rates are published; once (skipped when the 街道 has any survey).
 * Returns how many surveys were added.
 */
export async function seedDemoSurveys(db: DataSource, subdistrictCode: string, now: Date): Promise<number> {
  const subdistrict = await db.getRepository(Subdistrict).findOneBy({ code: subdistrictCode });
  if (!subdistrict) return 0;
  if (await db.getRepository(ResidentSurvey).existsBy({ subdistrictId: subdistrict.id })) return 0;
  const neighborhoods = await db
    .getRepository(Neighborhood)
    .find({ where: { subdistrictId: subdistrict.id }, order: { code: 'ASC' } });
  const [year, quarter] = quarterOf(now).split('-Q').map(Number);
  const period = parsePeriod(quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`, 'period');
  return db.transaction(async (manager) => {
    for (const [i, neighborhood] of neighborhoods.entries()) {
      const random = generator(20150101 + i);
      const survey = await manager.getRepository(ResidentSurvey).save(
        manager.getRepository(ResidentSurvey).create({
          title: `${period.period} ${neighborhood.name} 居民测评`,
          neighborhoodId: neighborhood.id,
          subdistrictId: subdistrict.id,
          period: period.period,
          periodStart: period.startsOn,
          periodEnd: period.endsOn,
          status: SurveyStatus.CLOSED,
          minimumAnswers: 10,
          questions: [...STANDARD_QUESTIONS],
          openedAt: new Date(`${period.startsOn}T01:00:00Z`),
          closedAt: new Date(`${period.endsOn}T09:00:00Z`),
        }),
      );
      const count = 12 + Math.floor(random() * 29);
      const paper = Math.floor(count / 4);
      const lean = (i % 5) * 0.04 - 0.08;
      const answers = Array.from({ length: count }, (_, k) => ({
        surveyId: survey.id,
        channel: k < paper ? SurveyChannel.MEETING : SurveyChannel.CODE,
        scores: Object.fromEntries(
          STANDARD_QUESTIONS.map((q) => [
            q.key,
            random() < LEANINGS[q.dimension] + lean ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3),
          ]),
        ),
      }));
      await manager.getRepository(SurveyAnswer).insert(answers);
      const codes = Array.from({ length: count - paper + 5 }, newBallotCode);
      await manager.getRepository(SurveyCode).insert(
        codes.map((code, k) => ({
          surveyId: survey.id,
          codeHash: hashBallotCode(code),
          issuedById: null,
          used: k < count - paper,
          voided: k >= count - paper + 3,
        })),
      );
    }
    return neighborhoods.length;
  });
}
