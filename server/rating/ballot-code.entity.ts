import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';

/**
 * A one-time ballot code the chair issues to a representative without an account after checking
 * attendance (DESIGN rule 7). Only its SHA-256 is stored; the code itself is shown once. It rates
 * each official once (a second rating replaces the first) and dies when the meeting closes.
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

  @ManyToOne(() => EvaluationMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  private readonly meetingFk?: EvaluationMeeting;
}
