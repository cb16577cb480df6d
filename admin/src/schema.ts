/**
 * Pingyi's GraphQL schema as the admin knows it: the committed `schema.graphql`, introspected at
 * build time (schemaIntrospection.ts), so the admin works where the server has introspection
 * turned off. Also small helpers to read input and enum types out of the introspection result.
 */
import type {
  IntrospectionEnumType,
  IntrospectionInputObjectType,
  IntrospectionInputTypeRef,
  IntrospectionInputValue,
  IntrospectionNamedTypeRef,
  IntrospectionOutputTypeRef,
  IntrospectionSchema,
  IntrospectionType,
} from 'graphql';
import { introspection } from './schemaIntrospection';

/** The introspection of the committed schema (what `__schema` would return, without descriptions). */
export const schema: IntrospectionSchema = introspection;

type TypeRef = IntrospectionInputTypeRef | IntrospectionOutputTypeRef;

/** The named type under any NON_NULL and LIST wrappers (`[Office!]!` → `Office`). */
export function namedType(ref: TypeRef): IntrospectionNamedTypeRef {
  let current: TypeRef = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') current = current.ofType;
  return current as IntrospectionNamedTypeRef;
}

/** Whether the type, under a NON_NULL, is a list. */
export function isListType(ref: TypeRef): boolean {
  const inner = ref.kind === 'NON_NULL' ? ref.ofType : ref;
  return inner.kind === 'LIST';
}

/** The type as written in a variable definition (`[OfficeOrder!]`, `ID!`). */
export function typeString(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType)}]`;
  return ref.name;
}

/** The input object type of that name, if the schema has it. */
export function inputType(types: readonly IntrospectionType[], name: string): IntrospectionInputObjectType | undefined {
  const found = types.find((type) => type.name === name);
  return found?.kind === 'INPUT_OBJECT' ? found : undefined;
}

/** The fields of an input object type by name (empty when there is no such type). */
export function inputFields(types: readonly IntrospectionType[], name: string): Map<string, IntrospectionInputValue> {
  return new Map((inputType(types, name)?.inputFields ?? []).map((field) => [field.name, field]));
}

/** The values of an enum type (empty when there is no such type). */
export function enumValues(types: readonly IntrospectionType[], name: string): string[] {
  const found = types.find((type) => type.name === name);
  return found?.kind === 'ENUM' ? (found as IntrospectionEnumType).enumValues.map((value) => value.name) : [];
}

/** `createdAt` → `CREATED_AT`: a React-Admin field name as a GraphQL enum value. */
export function constantCase(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * The `<Type>OrderField` value a React-Admin sort field maps to, or undefined when the list
 * cannot be sorted by it (the server's allow-list). `districtId` may map to `DISTRICT_ID` or
 * `DISTRICT`.
 */
export function orderFieldFor(
  types: readonly IntrospectionType[],
  typeName: string,
  field: string,
): string | undefined {
  const allowed = enumValues(types, `${typeName}OrderField`);
  const candidates = [constantCase(field), constantCase(field.replace(/Id$/, ''))];
  return candidates.find((candidate) => allowed.includes(candidate));
}
