/**
 * References shown and picked by name: the referenced record's `name` links to its show page,
 * and pickers search the server with `nameContains` as the user types.
 */
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  Labeled,
  ReferenceField,
  ReferenceInput,
  type ReferenceFieldProps,
  type Validator,
} from 'react-admin';

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

/** A picker of a referenced record by name, searching the server as the user types. */
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
  return (
    <ReferenceInput
      source={source}
      reference={reference}
      filter={filter}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
    >
      <AutocompleteInput
        label={label}
        helperText={helperText}
        validate={validate}
        disabled={disabled}
        onChange={onChange}
        filterToQuery={byName}
        optionText={optionText}
        sx={{ minWidth: 240 }}
      />
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
 * subdistrict first, then only its offices are offered. Without a scope value all are offered.
 */
export function ScopedReferenceInput({ scope, filter, ...props }: ScopedReferenceInputProps) {
  const scopeValue = useWatch({ name: scope });
  return <NameReferenceInput {...props} filter={scopeValue ? { ...filter, [scope]: scopeValue } : filter} />;
}
