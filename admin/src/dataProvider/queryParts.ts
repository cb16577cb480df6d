/**
 * The pieces the data provider builds its GraphQL operations from, read off the schema's
 * introspection: which fields a record is read with, which arguments a list query takes, and how
 * React-Admin's filters, sorts and form values become `<Type>Filter`, `orderBy` and input objects.
 */
import type { IntrospectionField, IntrospectionObjectType, IntrospectionType } from 'graphql';
import { inputFields, inputType, isListType, namedType, orderFieldFor, typeString } from '../schema';

type Params = Record<string, unknown>;

const isBlank = (value: unknown) => value === undefined || value === null || value === '';
const isLeaf = (kind: string) => kind === 'SCALAR' || kind === 'ENUM';

/**
 * An embedded value object (e.g. a template's criteria, `RatingCriterion`): an object type with
 * no `id` whose fields are all scalars or enums without arguments. Records (with an id) and
 * computed aggregates (with nested objects) are never part of a record's selection.
 */
function valueObject(types: readonly IntrospectionType[], name: string): IntrospectionObjectType | undefined {
  const found = types.find((type) => type.name === name);
  if (found?.kind !== 'OBJECT') return undefined;
  const object = found as IntrospectionObjectType;
  const plain = object.fields.every((field) => field.args.length === 0 && isLeaf(namedType(field.type).kind));
  return plain && !object.fields.some((field) => field.name === 'id') ? object : undefined;
}

/**
 * The fields a record is read with: every scalar and enum field and lists of them (`duties`),
 * and embedded value objects with their fields (`criteria { key label weight }`).
 */
export function selection(types: readonly IntrospectionType[], type: IntrospectionObjectType): string {
  return type.fields
    .filter((field) => field.args.length === 0)
    .map((field) => {
      const named = namedType(field.type);
      if (isLeaf(named.kind)) return field.name;
      const value = valueObject(types, named.name);
      return value ? `${field.name} { ${value.fields.map((inner) => inner.name).join(' ')} }` : null;
    })
    .filter((part): part is string => part !== null)
    .join(' ');
}

/** Whether the operation takes an argument of that name. */
export function hasArg(field: IntrospectionField, arg: string): boolean {
  return field.args.some((candidate) => candidate.name === arg);
}

/** The type of one of the operation's arguments as written in a variable definition. */
export function argTypeName(field: IntrospectionField, arg: string): string {
  const found = field.args.find((candidate) => candidate.name === arg);
  if (!found) throw new Error(`${field.name} has no argument ${arg}`);
  return typeString(found.type);
}

/** Whether the list query can be narrowed to given ids (`filter: { ids }`). */
export function filtersByIds(types: readonly IntrospectionType[], field: IntrospectionField): boolean {
  const filter = field.args.find((arg) => arg.name === 'filter');
  return !!filter && inputFields(types, namedType(filter.type).name).has('ids');
}

/**
 * React-Admin's filter values → `<Type>Filter`, dropping blanks and keys the filter type lacks
 * (`q` stands for `nameContains`); undefined when nothing is left or the query has no filter.
 */
export function toFilter(
  types: readonly IntrospectionType[],
  field: IntrospectionField,
  raw: Params = {},
): Params | undefined {
  const arg = field.args.find((candidate) => candidate.name === 'filter');
  if (!arg) return undefined;
  const allowed = inputFields(types, namedType(arg.type).name);
  const filter: Params = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = key === 'q' ? 'nameContains' : key;
    const input = allowed.get(name);
    if (!input || isBlank(value) || (Array.isArray(value) && value.length === 0)) continue;
    const cleaned = typeof value === 'string' ? value.trim() : value;
    if (cleaned === '') continue;
    filter[name] = isListType(input.type) && !Array.isArray(cleaned) ? [cleaned] : cleaned;
  }
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** React-Admin's sort → `orderBy`, or undefined (server default) when the field is not allowed. */
export function toOrderBy(
  types: readonly IntrospectionType[],
  typeName: string,
  sort?: { field?: string; order?: string },
) {
  const field = sort?.field && orderFieldFor(types, typeName, sort.field);
  return field ? [{ field, direction: sort?.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined;
}

/**
 * A value as the input type takes it: blank lines dropped from lists of strings (an empty duty
 * line is no duty), and list items that are input objects (criteria) cut down to their fields.
 */
function cleanValue(types: readonly IntrospectionType[], typeName: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const object = inputType(types, typeName);
  if (!object) return value.filter((item) => !isBlank(item));
  const names = object.inputFields.map((field) => field.name);
  return value
    .filter((item) => item && typeof item === 'object')
    .map((item) =>
      Object.fromEntries(
        names.filter((name) => (item as Params)[name] !== undefined).map((name) => [name, (item as Params)[name]]),
      ),
    );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether the record type's field is a non-null String (cleared as '' rather than null, e.g. `title`). */
function isRequiredString(type: IntrospectionObjectType | undefined, name: string): boolean {
  const field = type?.fields.find((candidate) => candidate.name === name);
  return !!field && field.type.kind === 'NON_NULL' && namedType(field.type).name === 'String';
}

/**
 * The input object for a create or update: only fields of the input type; on create blanks are
 * left out (the server's defaults apply); on update only fields that differ from `previous`
 * are sent, and a cleared field is sent as null (or '' where the record's field is a non-null
 * string).
 */
export function toInput(
  types: readonly IntrospectionType[],
  field: IntrospectionField,
  data: Params,
  previous?: Params,
  record?: IntrospectionObjectType,
): Params {
  const fields = inputFields(types, namedType(field.args.find((arg) => arg.name === 'input')!.type).name);
  const input: Params = {};
  for (const [name, definition] of fields) {
    if (!(name in data) || data[name] === undefined) continue;
    const value = cleanValue(types, namedType(definition.type).name, data[name]);
    if (previous) {
      const before = cleanValue(types, namedType(definition.type).name, previous[name]);
      if (same(value, before) || (isBlank(value) && isBlank(before))) continue;
      input[name] = isBlank(value) ? (isRequiredString(record, name) ? '' : null) : value;
    } else if (!isBlank(value)) {
      input[name] = value;
    }
  }
  return input;
}
