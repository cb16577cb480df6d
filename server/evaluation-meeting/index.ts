import { defineModule, resolversReading, serviceOf } from '../core/module';
import { AttendanceService } from './attendance.service';
import { EvaluationMeeting } from './evaluation-meeting.entity';
import { createEvaluationMeetingLoaders } from './evaluation-meeting.loaders';
import { EvaluationMeetingResolver, type EvaluationMeetingResolverContext } from './evaluation-meeting.resolver';
import { EvaluationMeetingService } from './evaluation-meeting.service';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MeetingLifecycleService } from './meeting-lifecycle.service';
import { MeetingOfficial, MeetingRepresentative } from './meeting-registration.entity';

/**
 * Evaluation meetings (政务评议会, docs/rules.md rule 4): the meetings, who takes part (registration,
 * attendance) and the state machine that opens and closes them, freezing the results.
 */
export const evaluationMeetingModule = defineModule({
  name: 'evaluation-meeting',
  entities: [EvaluationMeeting, MeetingRepresentative, MeetingOfficial, MeetingAttendance],
  resolvers: resolversReading<EvaluationMeetingResolverContext>(EvaluationMeetingResolver),
  loaders: createEvaluationMeetingLoaders,
  services: {
    meetings: serviceOf(EvaluationMeetingService),
    meetingLifecycle: serviceOf(MeetingLifecycleService),
    attendance: serviceOf(AttendanceService),
  },
});
