import { Matches, MaxLength, MinLength } from 'class-validator';

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
