import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ResidentSurvey } from './resident-survey.entity';
import { SurveyChannel } from './survey-enums';

/**
 * One resident's answer to a survey (docs/rules.md rule 12): a score 1–5 per question key, and how
 * it came in. It names nobody, no code and has no time, so nothing leads from an answer to the code
 * or the person that gave it.
 */
@Entity()
export class SurveyAnswer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  surveyId: string;

  @Column({ type: 'varchar', length: 8 })
  channel: SurveyChannel;

  /** Question key → score 1–5, one per question of the survey. */
  @Column({ type: 'jsonb' })
  scores: Record<string, number>;

  @ManyToOne(() => ResidentSurvey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  private readonly surveyFk?: ResidentSurvey;
}
