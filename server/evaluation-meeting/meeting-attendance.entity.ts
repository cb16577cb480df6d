import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { User } from '../user/user.entity';
import { EvaluationMeeting } from './evaluation-meeting.entity';

/** How a person present at a meeting votes (docs/rules.md rule 7): with their account, or with a ballot code. */
export enum VotingMode {
  ACCOUNT = 'ACCOUNT',
  CODE = 'CODE',
}
registerEnumType(VotingMode, {
  name: 'VotingMode',
  description:
    'How a person present at a meeting votes (docs/rules.md rule 7). Each person is on the attendance roll once, with one mode.',
  valuesConfig: {
    ACCOUNT: { description: 'Signed in with their own account (a representative registered for the meeting).' },
    CODE: {
      description:
        'With a one-time ballot code handed out at check-in; their account, if any, may not vote at this meeting.',
    },
  },
});

/**
 * One person on a meeting's attendance roll (docs/rules.md rule 7): a user with an account, or a person
 * without one known by name, and how they vote. A code voter's row records that they got a code,
 * never which: it has no link to the code, no time and no order, so the roll and the codes cannot
 * be matched. The unique keys make each user and each name appear once per meeting, so nobody
 * votes both with an account and with a code, and nobody gets a second code.
 */
@Entity()
@Index('meeting_attendance_user_key', ['meetingId', 'userId'], { unique: true })
@Index('meeting_attendance_name_key', ['meetingId', 'nameKey'], { unique: true })
@Check('meeting_attendance_person_check', `user_id IS NOT NULL OR name_key IS NOT NULL`)
@Check('meeting_attendance_account_check', `mode = 'CODE' OR user_id IS NOT NULL`)
@Check('meeting_attendance_mode_check', `mode IN ('ACCOUNT', 'CODE')`)
export class MeetingAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  /** The person's account, if they have one (always for ACCOUNT). */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The name of a person without an account, as the chair typed it. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name: string | null;

  /** `name` normalised (NFKC, default-ignorable characters removed, spaces collapsed, lower case), so the same person is not checked in twice. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  nameKey: string | null;

  /** How this person votes. */
  @Column({ type: 'varchar', length: 8 })
  mode: VotingMode;

  /** Who checked them in; null when their own first ballot did (an account voter who was not checked in). */
  @Column({ type: 'uuid', nullable: true })
  checkedInById: string | null;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  private readonly userFk?: User;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checked_in_by_id' })
  private readonly checkedInByFk?: User;
}
