import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user/user.entity';
import { ConventionVersion } from './convention.entity';

/**
 * A one-time household code (docs/rules.md rule 14) of one convention version, handed out on a
 * printed slip by the residents' committee, made and hashed as ballot codes are. Only its SHA-256
 * is stored; the code itself is shown once. It approves or rejects once (`used`) and keeps no
 * trace of which: the version only counts. It has no time and no household, so nobody can tell
 * which household approved.
 */
@Entity()
export class HouseholdCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  versionId: string;

  /** Hex SHA-256 of the normalised code. */
  @Index('household_code_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** Who issued it. */
  @Column({ type: 'uuid', nullable: true })
  issuedById: string | null;

  /** True once its household has approved or rejected with it. */
  @Column({ type: 'boolean', default: false })
  used: boolean;

  /** Voided before use (a slip lost or never handed out): it opens nothing any more. */
  @Column({ type: 'boolean', default: false })
  voided: boolean;

  @ManyToOne(() => ConventionVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  private readonly versionFk?: ConventionVersion;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  private readonly issuedByFk?: User;
}
