/**
 * The criteria editor of a rating template (docs/rules.md rule 6): 1–10 criteria, each a label, a key
 * and a weight 1–100, with the running total of the weights shown as it is typed; the form
 * refuses to save unless the weights sum to 100 and the keys are unique.
 */
import {
  ArrayInput,
  NumberInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';

/** One criterion as the form holds it (the key may still be blank). */
export interface CriterionDraft {
  key?: string | null;
  label?: string | null;
  weight?: number | string | null;
}

/** The sum of the weights typed so far (blanks count 0). */
export function weightTotal(criteria: CriterionDraft[] | null | undefined): number {
  return (criteria ?? []).reduce((sum, criterion) => sum + (Number(criterion?.weight) || 0), 0);
}

const KEY_PATTERN = /^[A-Za-z0-9_]{1,40}$/;

/** A key is optional in the form (generated on save) but must be letters, digits or _. */
const keyRule: Validator = (value) =>
  value == null || value === '' || KEY_PATTERN.test(String(value)) ? undefined : 'pingyi.template.keyPattern';

/** The whole list: 1–10 criteria, unique keys, weights summing to 100. */
export const criteriaRule: Validator = (value: CriterionDraft[] | undefined) => {
  const criteria = value ?? [];
  if (criteria.length < 1 || criteria.length > 10) return 'pingyi.template.count';
  const keys = criteria.map((criterion) => criterion?.key).filter((key): key is string => !!key);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated) return { message: 'pingyi.template.keysUnique', args: { key: repeated } };
  const total = weightTotal(criteria);
  return total === 100 ? undefined : { message: 'pingyi.template.mustBe100', args: { total } };
};

/**
 * Fills blank keys with `c1`, `c2`, … (skipping keys in use) and makes weights numbers, so the
 * form's values are a valid `[RatingCriterionInput!]`.
 */
export function completeCriteria(
  criteria: CriterionDraft[] | undefined,
): { key: string; label: string; weight: number }[] {
  const list = criteria ?? [];
  const used = new Set(list.map((criterion) => criterion?.key).filter(Boolean));
  let next = 1;
  return list.map((criterion) => {
    let key = criterion?.key?.trim();
    if (!key) {
      while (used.has(`c${next}`)) next += 1;
      key = `c${next}`;
      used.add(key);
    }
    return { key, label: String(criterion?.label ?? '').trim(), weight: Number(criterion?.weight) };
  });
}

/** The running total, green at 100 and red otherwise. */
export function WeightTotal() {
  const translate = useTranslate();
  const criteria = useWatch({ name: 'criteria' }) as CriterionDraft[] | undefined;
  const total = weightTotal(criteria);
  return (
    <Alert severity={total === 100 ? 'success' : 'warning'} data-testid="weight-total" sx={{ mt: 1, maxWidth: 560 }}>
      {translate('pingyi.template.total', { total })}
    </Alert>
  );
}

/** The criteria list with add, remove and reorder, followed by the running total. */
export function CriteriaInput() {
  return (
    <>
      <ArrayInput source="criteria" validate={criteriaRule}>
        <SimpleFormIterator inline getItemLabel={(index) => `${index + 1}.`}>
          <TextInput
            source="label"
            label="resources.ratingTemplates.fields.label"
            validate={[required(), maxLength(100)]}
            helperText={false}
            sx={{ minWidth: 220, maxWidth: 420 }}
          />
          <NumberInput
            source="weight"
            label="resources.ratingTemplates.fields.weight"
            validate={[required(), number(), minValue(1), maxValue(100)]}
            helperText={false}
            step={1}
            sx={{ width: 110 }}
          />
          <TextInput
            source="key"
            label="resources.ratingTemplates.fields.key"
            validate={keyRule}
            helperText="pingyi.template.keyHelp"
            sx={{ width: 200 }}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <WeightTotal />
    </>
  );
}
