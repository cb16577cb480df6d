import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../core/base.entity';
import { District } from '../district/district.entity';

/** docs/rules.md rule 13's default weights of the monthly composite score: response, resolution, satisfaction. */
export const DEFAULT_RANKING_WEIGHTS = { responseWeight: 10, resolutionWeight: 45, satisfactionWeight: 45 } as const;

/**
 * How a district weighs the three rates (三率) of its monthly matter ranking in one year
 * (docs/rules.md rule 13). Without one the defaults 10 / 45 / 45 apply.
 */
@Entity()
@Index('matter_ranking_policy_key', ['districtId', 'year'], { unique: true })
@Check('matter_ranking_policy_sum', `"response_weight" + "resolution_weight" + "satisfaction_weight" = 100`)
export class MatterRankingPolicy extends BaseRecord {
  @Column({ type: 'uuid' })
  districtId: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint' })
  responseWeight: number;

  @Column({ type: 'smallint' })
  resolutionWeight: number;

  @Column({ type: 'smallint' })
  satisfactionWeight: number;

  @ManyToOne(() => District, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'district_id' })
  private readonly districtFk?: District;
}
