/**
 * References shown and picked by name: the referenced record's `name` links to its show page,
 * and pickers search the server with `nameContains` as the user types. A picker offers only what
 * the signed-in user's scope holds (docs/rules.md, Roles and reach: the places are public
 * reference data, so their pickers narrow to the user's district or 街道 themselves; units and
 * people the API already lists within the scope), picks the only choice by itself, names the
 * 街道 of an office or agency ("党政办公室（外滩街道）"), and an office or agency picker narrowed by
 * a 街道 waits for it.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  Labeled,
  ReferenceField,
  ReferenceInput,
  useChoicesContext,
  useFilterContext,
  useGetIdentity,
  useGetMany,
  useTranslate,
  type RaRecord,
  type ReferenceFieldProps,
  type Validator,
} from 'react-admin';
import type { PingyiIdentity } from '../authProvider';

/** A reference shown as the referenced record's name, linking to its show page. */
export function NameReferenceField(props: Omit<ReferenceFieldProps, 'children'>) {
  return <ReferenceField link="show" emptyText="—" {...props} />;
}

/** Props of {@link NameReferenceInput}. */
export interface NameReferenceInputProps {
  source: string;
  reference: string;
  /** Extra conditions on the choices, e.g. `{ subdistrictId }`. */
  filter?: Record<string, unknown>;
  label?: string;
  helperText?: string | false;
  validate?: Validator | Validator[];
  alwaysOn?: boolean;
  disabled?: boolean;
  onChange?: (value: unknown) => void;
  /** The referenced record's field shown as the choice (default `name`; users have `displayName`). */
  optionText?: string;
}

const byName = (q: string) => (q ? { nameContains: q } : {});

/** Units that lie in one 街道: their choices name it. */
const UNITS_IN_SUBDISTRICT = new Set(['offices', 'dispatchedAgencies']);

/**
 * The conditions that keep a picker of `reference` within the scope of `identity`: the places
 * (districts, 街道, neighborhoods), which the API lists to everyone, narrowed to the user's
 * district or 街道; nothing for the rest, which the API lists within the scope already. Empty
 * for an identity without a known scope.
 */
export function scopeFilter(reference: string, identity: PingyiIdentity | undefined): Record<string, unknown> {
  const district = identity?.districtId;
  const subdistrict = identity?.subdistrictId;
  if (!district) return {};
  switch (reference) {
    case 'districts':
      return { ids: [district] };
    case 'subdistricts':
      return subdistrict ? { ids: [subdistrict] } : { districtId: district };
    case 'neighborhoods':
      return subdistrict ? { subdistrictId: subdistrict } : { districtId: district };
    default:
      return {};
  }
}

/**
 * Puts the only choice of an empty picker into the form while nothing is typed (again after the
 * form resets its values): a choice that is no choice, e.g. the district of a district's admin.
 */
function PickOnlyChoice({ source }: { source: string }) {
  const form = useFormContext();
  const value = useWatch({ name: source });
  const { allChoices, isPending, total, filterValues } = useChoicesContext();
  const only = !isPending && total === 1 && allChoices?.length === 1 && !filterValues?.nameContains;
  const onlyId = only ? allChoices[0].id : undefined;
  useEffect(() => {
    if (!form || onlyId === undefined || (value !== undefined && value !== null && value !== '')) return;
    form.setValue(source, onlyId, { shouldDirty: true });
  }, [form, onlyId, value, source]);
  return null;
}

/** The places a user's scope is made of: their only choice is the user's own, so it is picked even where it may stay empty. */
const SCOPE_PLACES = new Set(['districts', 'subdistricts']);

/** Whether `validate` holds React-Admin's `required()`. */
function isRequired(validate: Validator | Validator[] | undefined): boolean {
  return [validate].flat().some((v) => !!v && (v as { isRequired?: boolean }).isRequired === true);
}

/** The picker itself; an office's or agency's choices read "name（街道）". */
function ChoicesInput({
  reference,
  optionText,
  ...props
}: Omit<NameReferenceInputProps, 'source' | 'filter' | 'optionText'> & { optionText: string }) {
  const translate = useTranslate();
  const { allChoices } = useChoicesContext();
  const units = UNITS_IN_SUBDISTRICT.has(reference);
  const ids = units ? [...new Set((allChoices ?? []).map((c) => c.subdistrictId).filter(Boolean))] : [];
  const { data: places } = useGetMany('subdistricts', { ids }, { enabled: ids.length > 0 });
  // Stable while the names are: the picker resets its typed text whenever the option text changes.
  const names = useMemo(() => new Map((places ?? []).map((place) => [place.id, String(place.name)])), [places]);
  const text = useCallback(
    (record: RaRecord | undefined) => {
      if (!record) return '';
      const name = String(record[optionText] ?? '');
      const subdistrict = units ? names.get(record.subdistrictId) : undefined;
      return subdistrict ? translate('pingyi.pickers.unitOf', { name, subdistrict }) : name;
    },
    [names, optionText, translate, units],
  );
  return <AutocompleteInput {...props} filterToQuery={byName} optionText={text} sx={{ minWidth: 240 }} />;
}

/**
 * A picker of a referenced record by name within the user's scope, searching the server as the
 * user types; in a form (never in a list's filter bar) its only choice is picked by itself where
 * the field is required, and for the places of the user's scope (district, 街道).
 */
export function NameReferenceInput({
  source,
  reference,
  filter,
  label,
  helperText,
  validate,
  disabled,
  onChange,
  optionText = 'name',
}: NameReferenceInputProps) {
  const { identity, isPending } = useGetIdentity();
  // A list's filter bar: empty means "all", so nothing is picked there.
  const inFilterBar = useFilterContext() !== undefined;
  // The given conditions win over the scope's (e.g. a 街道 picker narrowed by the form's district).
  const scoped = { ...scopeFilter(reference, identity as PingyiIdentity | undefined), ...filter };
  return (
    <ReferenceInput
      source={source}
      reference={reference}
      filter={scoped}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      enableGetChoices={() => !isPending}
    >
      <ChoicesInput
        reference={reference}
        label={label}
        helperText={helperText}
        validate={validate}
        disabled={disabled}
        onChange={onChange}
        optionText={optionText}
      />
      {/* An optional field keeps its empty meaning (e.g. a meeting of the whole 街道): no pick there. */}
      {!inFilterBar && (SCOPE_PLACES.has(reference) || isRequired(validate)) ? (
        <PickOnlyChoice source={source} />
      ) : null}
    </ReferenceInput>
  );
}

/** A reference a form shows but cannot change (e.g. an office's subdistrict), with its label. */
export function FixedReference(props: Omit<ReferenceFieldProps, 'children'>) {
  return (
    <Labeled source={props.source}>
      <NameReferenceField {...props} />
    </Labeled>
  );
}

/** Props of {@link ScopedReferenceInput}. */
export interface ScopedReferenceInputProps extends NameReferenceInputProps {
  /** The form field whose value narrows the choices, e.g. `subdistrictId` for offices. */
  scope: string;
}

/**
 * A reference picker narrowed by another field of the same form (or filter bar): e.g. pick a
 * subdistrict first, then only its offices are offered. An office or agency picker narrowed by the
 * 街道 is disabled until one is picked; any other offers all (within the user's scope) until then.
 */
export function ScopedReferenceInput({ scope, filter, ...props }: ScopedReferenceInputProps) {
  const scopeValue = useWatch({ name: scope });
  const waits = !scopeValue && scope === 'subdistrictId' && UNITS_IN_SUBDISTRICT.has(props.reference);
  return (
    <NameReferenceInput
      {...props}
      disabled={props.disabled || waits}
      helperText={waits ? 'pingyi.pickers.subdistrictFirst' : props.helperText}
      filter={scopeValue ? { ...filter, [scope]: scopeValue } : filter}
    />
  );
}
