import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NameRules } from '../core/inputs';

@InputType({ description: 'One criterion of a new or changed template.' })
export class RatingCriterionInput {
  @Field({ description: 'Key, unique in the template: 1–40 letters, digits or "_", e.g. "attitude".' })
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'must be 1–40 letters, digits or "_", starting with a letter' })
  key: string;

  @Field({ description: 'What representatives rate, 1–100 characters, e.g. "服务态度".' })
  @NameRules()
  label: string;

  @Field(() => Int, { description: 'Weight in points, 1–100; all weights of the template sum to 100.' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  weight: number;
}

@InputType({ description: 'A new rating template of a district.' })
export class CreateRatingTemplateInput {
  @Field({ description: 'Name, unique within the district.' })
  @NameRules()
  name: string;

  @Field(() => ID, { description: 'Id of the district.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  districtId: string;

  @Field(() => [RatingCriterionInput], {
    description: '1–10 criteria whose weights sum to 100 (docs/rules.md rule 6).',
  })
  @ArrayMinSize(1, { message: 'must list at least one criterion' })
  @ArrayMaxSize(10, { message: 'must list at most 10 criteria' })
  @ValidateNested({ each: true })
  criteria: RatingCriterionInput[];
}

@InputType({
  description:
    'Changes to a template; omitted fields keep their value. Criteria cannot change once a meeting has used the template.',
})
export class UpdateRatingTemplateInput {
  @Field({ nullable: true, description: 'New name.' })
  @NameRules()
  name?: string;

  @Field(() => [RatingCriterionInput], {
    nullable: true,
    description: 'The full new list of criteria; weights sum to 100.',
  })
  @ArrayMinSize(1, { message: 'must list at least one criterion' })
  @ArrayMaxSize(10, { message: 'must list at most 10 criteria' })
  @ValidateNested({ each: true })
  criteria?: RatingCriterionInput[];
}
