import { ArrayMaxSize, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NameRules } from '../core/inputs';
import { YearRules } from '../core/inputs';

/** Most answers one self-report may carry (a list longer than this is not a list one can report on). */
export const MAX_ANSWERS = 200;

/** One answer of `submitSelfReport`. */
@InputType({ description: 'The answer to one line of the responsibility list.' })
export class SelfReportAnswerInput {
  @Field(() => ID, { description: "The responsibility item answered: a line of this official's list for this year." })
  itemId: string;

  @Field({ description: 'For a DUTY: fulfilled or not. For a RED_LINE: kept or not.' })
  fulfilled: boolean;

  @Field({ description: 'What was done, or why not; 1–1000 characters.' })
  @NameRules(1000)
  note: string;
}

/** Input of `submitSelfReport`; the service checks the answers against the list (docs/rules.md rule 8). */
@InputType({
  description:
    "An official's self-report for a year: a summary and exactly one answer per line of that year's responsibility list (docs/rules.md rule 8).",
})
export class SubmitSelfReportInput {
  @Field(() => ID, { description: 'The official reporting.' })
  @IsUUID('all', { message: 'must be an id returned by this API' })
  officialId: string;

  @Field(() => Int, { description: "The year reported on (2000–2100); the official's list for that year must exist." })
  @YearRules()
  year: number;

  @Field({ description: 'Summary of the year, 1–5000 characters.' })
  @NameRules(5000)
  summary: string;

  @Field(() => [SelfReportAnswerInput], {
    description: 'One answer for every line of the list, in any order; none missing, repeated or from another list.',
  })
  @ArrayMaxSize(MAX_ANSWERS, { message: `must have at most ${MAX_ANSWERS} answers` })
  @ValidateNested({ each: true })
  answers: SelfReportAnswerInput[];
}
