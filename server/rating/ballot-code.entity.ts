import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { User } from '../user/user.entity';

/**
 * A one-time ballot code (docs/rules.md rule 7), issued by the chair or an ADMIN when they check a person
 * in as a code voter. Only its SHA-256 is stored; the code itself is shown once. At its first use it
 * binds to a secret that only the voter's browser keeps (`secretHash`), and from then on it opens,
 * casts and reads back ballots only together with that secret, so whoever printed or handed out
 * the code can neither read nor change the ballot. It rates each official once (a second rating
 * replaces the first), can be voided while unused, and dies when the meeting closes. It has no
 * time and no link to the attendance roll, so nobody can tell which person got which code.
 */
@Entity()
export class BallotCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  /** Hex SHA-256 of the normalised code. */
  @Index('ballot_code_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** Who issued it (the result sheet counts codes per issuer); null for codes issued before issuers were recorded. */
  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  /** Hex SHA-256 of the browser secret it is bound to; null until its first use. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  secretHash: string | null;

  /** Voided by the chair or an ADMIN before it was used: it opens nothing any more. */
  @Column({ type: 'boolean', default: false })
  voided: boolean;

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  private readonly issuedByFk?: User;
}
