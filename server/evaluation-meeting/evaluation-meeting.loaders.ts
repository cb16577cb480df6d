import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { Official } from '../official/official.entity';
import { User } from '../user/user.entity';
import { MeetingResult } from '../rating/meeting-result.entity';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import { MeetingOfficial, MeetingRepresentative } from './meeting-registration.entity';
import { MeetingAttendance } from './meeting-attendance.entity';

/** A meeting's officials, or their results, in the officials' pinyin order (docs/rules.md rule 15). */
function byOfficialPinyin<T extends MeetingOfficial | MeetingResult>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .innerJoin(Official, 'o', 'o.id = r.officialId')
    .orderBy('o.pinyinKey', 'ASC')
    .addOrderBy('r.officialId', 'ASC');
}

/** A meeting's registered representatives in the pinyin order of their names (docs/rules.md rule 15). */
function byUserPinyin(qb: SelectQueryBuilder<MeetingRepresentative>): SelectQueryBuilder<MeetingRepresentative> {
  return qb.innerJoin(User, 'u', 'u.id = r.userId').orderBy('u.pinyinKey', 'ASC').addOrderBy('r.userId', 'ASC');
}

/**
 * This request's meeting loaders: meetings by id (limited to the viewer's scope), and per meeting
 * its officials under evaluation, its registered representatives, its attendance roll and its
 * frozen results (officials, representatives and results in pinyin order). The per-meeting loaders are only reached through a meeting the viewer may see.
 */
export function createEvaluationMeetingLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    evaluationMeeting: byIdLoader(db, EvaluationMeeting, scopeFilter(viewer, 'subdistrictId')),
    meetingOfficials: groupLoader<MeetingOfficial>(db, MeetingOfficial, 'meetingId', byOfficialPinyin),
    meetingRepresentatives: groupLoader<MeetingRepresentative>(db, MeetingRepresentative, 'meetingId', byUserPinyin),
    meetingResults: groupLoader<MeetingResult>(db, MeetingResult, 'meetingId', byOfficialPinyin),
    meetingAttendance: groupLoader(db, MeetingAttendance, 'meetingId', 'id'),
  };
}

/** The evaluation-meeting loaders, for services that declare them. */
export type EvaluationMeetingLoaders = ReturnType<typeof createEvaluationMeetingLoaders>;
