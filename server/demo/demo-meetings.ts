import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { District } from '../district/district.entity';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingOfficial, MeetingRepresentative } from '../evaluation-meeting/meeting-registration.entity';
import { MeetingAttendance, VotingMode } from '../evaluation-meeting/meeting-attendance.entity';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Official } from '../official/official.entity';
import { OfficialCategory } from '../official/official-category';
import { ballotKey } from '../rating/ballot-secret';
import { Participation, Rating } from '../rating/rating.entity';
import { freezeResults } from '../rating/results';
import { Satisfaction, SATISFACTION_LEVELS } from '../rating/satisfaction';
import { RatingTemplate } from '../rating-template/rating-template.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Role } from '../core/role';
import { pinyinKeys } from '../core/pinyin';
import { User } from '../user/user.entity';
import { hashPassword } from '../user/user.service';
import { DEMO_PASSWORD } from './demo-users';

/** The demo template: three criteria, 40 / 30 / 30. */
export const DEMO_CRITERIA = [
  { key: 'attitude', label: '服务态度', weight: 40 },
  { key: 'efficiency', label: '办事效率', weight: 30 },
  { key: 'integrity', label: '廉洁自律', weight: 30 },
];
/** Extra demo representatives of 外滩街道 (password as every demo user), so a meeting has a room. */
export const EXTRA_DEMO_REPRESENTATIVES = 6;

/** A small deterministic generator, so that every demo run gives the same ratings. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * The demo meetings of 外滩街道 (once; skipped when the demo template exists): a 40/30/30 template
 * for 黄浦区, six more representatives, an OPEN meeting of this year in the first residents'
 * committee with its agency heads and civil servants, and last year's CLOSED meeting with every
 * representative checked in, their ratings and frozen results. Returns how many meetings were added.
 */
export async function seedDemoMeetings(
  db: DataSource,
  districtCode: string,
  subdistrictCode: string,
  year: number,
): Promise<number> {
  const district = await db.getRepository(District).findOneBy({ code: districtCode });
  const subdistrict = await db.getRepository(Subdistrict).findOneBy({ code: subdistrictCode });
  if (!district || !subdistrict) return 0;
  const templateName = '政务评议标准（演示）';
  if (await db.getRepository(RatingTemplate).existsBy({ districtId: district.id, name: templateName })) return 0;
  const chair = await db.getRepository(User).findOneBy({ role: Role.CHAIR, subdistrictId: subdistrict.id });
  const neighborhood = await db
    .getRepository(Neighborhood)
    .findOne({ where: { subdistrictId: subdistrict.id }, order: { code: 'ASC' } });
  const officials = await db
    .getRepository(Official)
    .createQueryBuilder('o')
    .where('o.subdistrictId = :s AND o.category IN (:...c)', {
      s: subdistrict.id,
      c: [OfficialCategory.AGENCY_HEAD, OfficialCategory.CIVIL_SERVANT],
    })
    .orderBy('o.category')
    .addOrderBy('o.name')
    .limit(10)
    .getMany();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (manager) => {
    const template = await manager
      .getRepository(RatingTemplate)
      .save({ name: templateName, districtId: district.id, criteria: DEMO_CRITERIA });
    await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(
        Array.from({ length: EXTRA_DEMO_REPRESENTATIVES }, (_, i) => ({
          username: `waitan.rep${i + 2}`,
          displayName: `外滩居民代表${i + 2}（演示）`,
          ...pinyinKeys(`外滩居民代表${i + 2}（演示）`),
          role: Role.REPRESENTATIVE,
          districtId: district.id,
          subdistrictId: subdistrict.id,
          passwordHash,
        })),
      )
      .orIgnore()
      .execute();
    const reps = await manager.getRepository(User).findBy({ role: Role.REPRESENTATIVE, subdistrictId: subdistrict.id });
    const random = seeded(2015);
    for (const [meetingYear, status] of [
      [year - 1, MeetingStatus.CLOSED],
      [year, MeetingStatus.OPEN],
    ] as const) {
      const meeting = await manager.getRepository(EvaluationMeeting).save({
        title: `${meetingYear}年${subdistrict.name}政务评议会（演示）`,
        year: meetingYear,
        subdistrictId: subdistrict.id,
        neighborhoodId: neighborhood?.id ?? null,
        chairId: chair?.id ?? null,
        templateId: template.id,
        status,
        minRatings: 3,
        scheduledAt: new Date(Date.UTC(meetingYear, 5, 15, 6)),
        openedAt: new Date(Date.UTC(meetingYear, 5, 15, 6)),
        closedAt: status === MeetingStatus.CLOSED ? new Date(Date.UTC(meetingYear, 5, 15, 8)) : null,
      });
      await manager
        .getRepository(MeetingOfficial)
        .insert(officials.map((o) => ({ meetingId: meeting.id, officialId: o.id })));
      await manager
        .getRepository(MeetingRepresentative)
        .insert(reps.map((r) => ({ meetingId: meeting.id, userId: r.id })));
      if (status !== MeetingStatus.CLOSED) continue;
      // Every representative was there and voted with their account (docs/rules.md rule 7: the roll counts them).
      await manager.getRepository(MeetingAttendance).insert(
        reps.map((r) => ({
          meetingId: meeting.id,
          userId: r.id,
          mode: VotingMode.ACCOUNT,
          checkedInById: chair?.id ?? null,
        })),
      );
      const participations: Partial<Participation>[] = [];
      const ratings: Partial<Rating>[] = [];
      for (const official of officials) {
        for (const rep of reps) {
          const level = SATISFACTION_LEVELS[Math.min(4, Math.floor(random() * random() * 5))] as Satisfaction;
          const base = 5 - SATISFACTION_LEVELS.indexOf(level);
          const scores = Object.fromEntries(
            DEMO_CRITERIA.map((c) => [c.key, Math.max(1, Math.min(5, base + Math.round(random() * 2 - 1)))]),
          );
          participations.push({ meetingId: meeting.id, officialId: official.id, voter: `user:${rep.id}` });
          ratings.push({
            meetingId: meeting.id,
            officialId: official.id,
            ballotKey: await ballotKey(db, meeting.id, official.id, `user:${rep.id}`),
            satisfaction: level,
            scores,
            comment: base <= 2 ? '办事拖拉，答复不及时' : null,
          });
        }
      }
      // Ballots in a random order, so that nothing about the rows lines up with the voter roll.
      ratings.sort(() => randomBytes(1)[0] - 128);
      await manager.getRepository(Participation).insert(participations);
      await manager.getRepository(Rating).insert(ratings);
      await freezeResults(manager, meeting, DEMO_CRITERIA);
    }
    return 2;
  });
}
