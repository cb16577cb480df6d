import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { MeetingResult } from '../rating/meeting-result.entity';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import { MeetingOfficial, MeetingRepresentative } from './meeting-registration.entity';
import { MeetingAttendance } from './meeting-attendance.entity';

/**
 * This request's meeting loaders: meetings by id (limited to the viewer's scope), and per meeting
 * its officials under evaluation, its registered representatives, its attendance roll and its
 * frozen results. The per-meeting loaders are only reached through a meeting the viewer may see.
 */
export function createEvaluationMeetingLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    evaluationMeeting: byIdLoader(db, EvaluationMeeting, scopeFilter(viewer, 'subdistrictId')),
    meetingOfficials: groupLoader(db, MeetingOfficial, 'meetingId', 'officialId'),
    meetingRepresentatives: groupLoader(db, MeetingRepresentative, 'meetingId', 'userId'),
    meetingResults: groupLoader(db, MeetingResult, 'meetingId', 'officialId'),
    meetingAttendance: groupLoader(db, MeetingAttendance, 'meetingId', 'id'),
  };
}

/** The evaluation-meeting loaders, for services that declare them. */
export type EvaluationMeetingLoaders = ReturnType<typeof createEvaluationMeetingLoaders>;
