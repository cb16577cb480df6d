import { IsInt, Matches, Max, MaxLength, Min, MinLength, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Whether a text says something: not empty once INVISIBLE characters are removed — whitespace
 * (\s, Unicode Z), format characters (Unicode Cf: zero-width spaces and joiners, word joiner, BOM,
 * bidi marks, soft hyphen…), control characters, the other default-ignorable code points (Hangul
 * fillers, variation selectors…) and the Braille blank. The one blank check of every written text: names, reasons,
 * conclusions, summaries, comments.
 */
export function saysSomething(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.replace(INVISIBLE, '').length > 0;
}

/**
 * Characters that show nothing: white space (\s, Unicode Z, U+3000 included), control and format
 * characters (Cc, Cf), every default-ignorable code point (variation selectors, the combining
 * grapheme joiner, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, …) and the Braille blank.
 */
export const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** class-validator rule: a string that `saysSomething` ("must say something" otherwise). */
export function SaysSomething(): PropertyDecorator {
  return ValidateBy({
    name: 'saysSomething',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || saysSomething(value),
      defaultMessage: () => 'must say something: it is blank or only invisible characters',
    },
  });
}

/**
 * Characters no name needs and that make one name look like another: control and format
 * characters (zero-width spaces and joiners, bidi marks, the BOM, soft hyphen…), the other
 * default-ignorable code points and the Braille blank. White space is not among them.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;
const EVERY_HIDDEN = new RegExp(HIDDEN.source, 'gu');

/** Whether a name holds a character that shows nothing (HIDDEN): "1号楼" with a zero-width space reads as "1号楼". */
export function hasHiddenCharacter(text: string): boolean {
  return HIDDEN.test(text);
}

/** `text` without its HIDDEN characters: for a name Pingyi does not ask for, as a file's name from a device. */
export function stripHiddenCharacters(text: string): string {
  return text.replace(EVERY_HIDDEN, '');
}

/** What a text holding a hidden character is told, after its field's name. */
export const HIDDEN_CHARACTER_MESSAGE =
  'contains a character that shows nothing (a zero-width space, a direction mark or a control character): type it again without it';

/**
 * class-validator rule: a string without a HIDDEN character, so two names that look the same are
 * the same. `{ each: true }` checks every string of a list.
 */
export function NoHiddenCharacters(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noHiddenCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasHiddenCharacter(value),
        defaultMessage: () => HIDDEN_CHARACTER_MESSAGE,
      },
    },
    options,
  );
}

/** The longest text NameRules treats as a name (names, titles, parties); longer ones are texts. */
export const LONGEST_NAME = 200;

/** A division code of `digits` digits (6 district, 9 subdistrict, 12 neighborhood). */
export const DivisionCode = (digits: number) =>
  Matches(new RegExp(`^\\d{${digits}}$`), { message: `must be a ${digits}-digit division code` });

/**
 * A display name or a written text of 1–`max` characters (default 100), saying something (not
 * blank, not only invisible characters). A name (`max` ≤ LONGEST_NAME) may hold no hidden
 * character either (NoHiddenCharacters), so a look-alike cannot stand beside the real one; a
 * longer text (a record, a convention's wording) may, as an emoji sequence needs its joiners.
 */
export function NameRules(max = 100): PropertyDecorator {
  return (target, key) => {
    MinLength(1, { message: 'must not be empty' })(target, key);
    MaxLength(max, { message: `must be at most ${max} characters` })(target, key);
    SaysSomething()(target, key);
    if (max <= LONGEST_NAME) NoHiddenCharacters()(target, key);
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

/**
 * A calendar day (`LocalDate`, YYYY-MM-DD) in the years 2000–2100, the range every date of the API
 * accepts; outside it, BAD_USER_INPUT naming the field.
 */
export function LocalDateRules(): PropertyDecorator {
  return (target, key) => {
    Matches(/^(20\d\d|2100)-\d\d-\d\d$/, { message: 'must be a date between the years 2000 and 2100' })(target, key);
  };
}
