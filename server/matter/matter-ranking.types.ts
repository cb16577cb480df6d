import { Max, Min, IsInt, IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { YearRules } from '../core/inputs';
import { MatterRankingLevel } from './matter-enums';

@ObjectType({
  description:
    'How a district weighs the three rates (三率) in one year: points summing to 100 (docs/rules.md rule 13; default 10 / 45 / 45).',
})
export class MatterRankingWeights {
  @Field(() => ID, { description: 'The district.' })
  districtId: string;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => Int, { description: 'Points of the response rate (响应率).' })
  responseWeight: number;

  @Field(() => Int, { description: 'Points of the resolution rate (解决率).' })
  resolutionWeight: number;

  @Field(() => Int, { description: 'Points of the satisfaction rate (满意率).' })
  satisfactionWeight: number;

  @Field({ description: 'True when the district set no weights for the year and the defaults apply.' })
  isDefault: boolean;
}

const WeightRules = (): PropertyDecorator => (target, key) => {
  IsInt({ message: 'must be a whole number of points' })(target, key);
  Min(0, { message: 'must be 0 or more' })(target, key);
  Max(100, { message: 'must be at most 100' })(target, key);
};

@InputType({ description: "A district's weights of the three rates for one year; the three sum to 100." })
export class SetMatterRankingWeightsInput {
  @Field(() => ID, { description: 'The district; you must be an ADMIN of the whole district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;

  @Field(() => Int, { description: 'The year, 2000–2100.' })
  @YearRules()
  year: number;

  @Field(() => Int, { description: 'Points of the response rate, 0–100.' })
  @WeightRules()
  responseWeight: number;

  @Field(() => Int, { description: 'Points of the resolution rate, 0–100.' })
  @WeightRules()
  resolutionWeight: number;

  @Field(() => Int, { description: 'Points of the satisfaction rate, 0–100; the three sum to 100.' })
  @WeightRules()
  satisfactionWeight: number;
}

@ObjectType({
  description:
    "One month's figures of an office, agency or 街道 (docs/rules.md rule 13). A rate is null when nothing counted towards it; rates are fractions 0–1, never rounded.",
})
export class MatterFigures {
  @Field(() => Int, { description: 'Matters received in the month (by this unit as first receiver).' })
  received: number;

  @Field(() => Int, { description: 'Of those, answered by the end of the first working day after receipt.' })
  respondedInTime: number;

  @Field(() => Float, { nullable: true, description: '响应率: respondedInTime / received.' })
  responseRate: number | null;

  @Field(() => Int, { description: 'Matters due in the month (owned by this unit).' })
  due: number;

  @Field(() => Int, {
    description:
      'Of those, resolved by their due time and not reopened by a rectification (one ended by an upheld appeal does not count as reopened).',
  })
  resolvedInTime: number;

  @Field(() => Float, { nullable: true, description: '解决率: resolvedInTime / due.' })
  resolutionRate: number | null;

  @Field(() => Int, {
    description: 'Ratings given in the month to matters this unit owns, without those an upheld appeal left out.',
  })
  rated: number;

  @Field(() => Int, { description: 'Of those, VERY_SATISFIED, SATISFIED or BASICALLY_SATISFIED.' })
  satisfied: number;

  @Field(() => Float, { nullable: true, description: '满意率: satisfied / rated.' })
  satisfactionRate: number | null;

  @Field(() => Float, {
    description:
      "Working days charged in the month for holding matters it then passed on (transfers, and the PARTY_GOVERNMENT office's decisions).",
  })
  chargedWorkingDays: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Composite 0–100: Σ weight · rate over the rates that are not null, divided by the sum of their weights; null when all three are null.',
  })
  score: number | null;
}

@ObjectType({ description: "One ranked office, agency or 街道 with this month's and the month before's figures." })
export class MatterRankingRow {
  @Field(() => ID, { description: "The 街道 (for UNIT rows, the unit's 街道)." })
  subdistrictId: string;

  @Field({ description: "The 街道's name." })
  subdistrictName: string;

  @Field(() => ID, { nullable: true, description: 'UNIT rows: the office, when an office.' })
  officeId: string | null;

  @Field(() => ID, { nullable: true, description: 'UNIT rows: the stationed agency, when an agency.' })
  agencyId: string | null;

  @Field({ description: "The office's, agency's or 街道's name." })
  name: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Rank by score this month (1 = best; equal scores share a rank), within the 街道 for UNIT rows and within the district for SUBDISTRICT rows; null without a score.',
  })
  rank: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank the month before, likewise.' })
  previousRank: number | null;

  @Field(() => MatterFigures, { description: 'This month.' })
  current: MatterFigures;

  @Field(() => MatterFigures, { description: 'The month before.' })
  previous: MatterFigures;

  /** The ranking's month (YYYY-MM), for fields of the row other modules add (the survey rates). */
  month: string;
}

@ObjectType({
  description:
    "A district's monthly matter ranking (三率, docs/rules.md rule 13) with the month before for comparison. Rows outside your scope are left out; ranks are over the whole district.",
})
export class MatterRanking {
  @Field(() => ID, { description: 'The district.' })
  districtId: string;

  @Field({ description: 'The month, YYYY-MM (Asia/Shanghai).' })
  month: string;

  @Field({ description: 'The month before, YYYY-MM.' })
  previousMonth: string;

  @Field(() => MatterRankingLevel, { description: 'What is ranked.' })
  level: MatterRankingLevel;

  @Field(() => MatterRankingWeights, { description: "The weights of this month's year." })
  weights: MatterRankingWeights;

  @Field(() => [MatterRankingRow], {
    description: 'The rows, best this month first (rows without a score last, by name).',
  })
  rows: MatterRankingRow[];
}
