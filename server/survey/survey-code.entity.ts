import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user/user.entity';
import { ResidentSurvey } from './resident-survey.entity';

/**
 * A one-time survey code (docs/rules.md rule 12), printed on a slip the residents' committee hands
 * out, like a ballot code: only its SHA-256 is stored, the code is shown once. It gives one answer
 * (`used`), can be voided while unused, and has no time and nothing that leads to its answer: the
 * answer row does not name it.
 */
@Entity()
export class SurveyCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  surveyId: string;

  /** Hex SHA-256 of the normalised code. */
  @Index('survey_code_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** Who issued it (counts per issuer). */
  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  /** It has given its one answer. */
  @Column({ type: 'boolean', default: false })
  used: boolean;

  /** Voided before use: it opens nothing any more. */
  @Column({ type: 'boolean', default: false })
  voided: boolean;

  @ManyToOne(() => ResidentSurvey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  private readonly surveyFk?: ResidentSurvey;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  private readonly issuedByFk?: User;
}
