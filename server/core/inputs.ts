import { IsInt, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A division code of `digits` digits (6 district, 9 subdistrict, 12 neighborhood). */
export const DivisionCode = (digits: number) =>
  Matches(new RegExp(`^\\d{${digits}}$`), { message: `must be a ${digits}-digit division code` });

/** A display name: 1–100 characters after trimming. */
export function NameRules(max = 100): PropertyDecorator {
  return (target, key) => {
    MinLength(1, { message: 'must not be empty' })(target, key);
    MaxLength(max, { message: `must be at most ${max} characters` })(target, key);
    Matches(/\S/, { message: 'must not be blank' })(target, key);
  };
}

/** A calendar year of assessments, lists and meetings: a whole year 2000–2100. */
export function YearRules(): PropertyDecorator {
  return (target, key) => {
    IsInt({ message: 'must be a whole year' })(target, key);
    Min(2000, { message: 'must be 2000 or later' })(target, key);
    Max(2100, { message: 'must be 2100 or earlier' })(target, key);
  };
}
