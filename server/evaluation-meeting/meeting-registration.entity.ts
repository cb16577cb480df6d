import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Official } from '../official/official.entity';
import { User } from '../user/user.entity';
import { EvaluationMeeting } from './evaluation-meeting.entity';

/** A representative registered for a meeting: only they (and ballot codes) may rate there (docs/rules.md rule 5). */
@Entity()
export class MeetingRepresentative {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  private readonly userFk?: User;
}

/** An official under evaluation at a meeting. */
@Entity()
export class MeetingOfficial {
  @PrimaryColumn({ type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'uuid' })
  officialId: string;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => Official, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;
}
