import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Official } from '../official/official.entity';
import { AnnualAssessment } from './annual-assessment.entity';
import { PersonnelOutcome } from './assessment-enums';

/**
 * The stored facts of one official's assessments (docs/rules.md rule 11, "Stored facts"): the
 * assessment of the newest year, whatever its status, and the outcome of rule 11 from the
 * finalised years. One row per official who has an assessment; written by refreshStandings in the
 * transaction that writes the assessments, so reads never recompute them. Not a GraphQL type:
 * `Official.latestAssessment`, `Official.outcome` and the overview read it.
 */
@Entity()
export class OfficialStanding {
  /** The official. */
  @PrimaryColumn({ type: 'uuid' })
  officialId: string;

  /** The official's assessment of the newest year, DRAFT or FINALIZED. */
  @Column({ type: 'uuid' })
  latestAssessmentId: string;

  /** Rule 11's outcome from the finalised years; null when none applies. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: PersonnelOutcome | null;

  @OneToOne(() => Official, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'official_id' })
  private readonly officialFk?: Official;

  @ManyToOne(() => AnnualAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'latest_assessment_id' })
  private readonly latestAssessmentFk?: AnnualAssessment;
}
