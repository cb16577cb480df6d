/**
 * The admin's data provider: maps React-Admin's calls onto Pingyi's GraphQL contract
 * (DESIGN, API contract) with ra-data-graphql and our own `buildQuery`.
 *
 * - getList / getManyReference → `<plural>(filter, orderBy, first, offset)`; page/perPage become
 *   offset/first (first ≤ 100), the sort becomes `orderBy` when the field is in the server's
 *   allow-list, and filter keys are kept only if `<Type>Filter` has them (`q` → `nameContains`).
 * - getMany → `<plural>(filter: { ids })`; getOne → `<singular>(id)` (null → not found).
 * - create / update → `create<Type>(input)` / `update<Type>(id, input)`, sending only the fields
 *   of the input type, and on update only those that changed.
 * - delete / deleteMany / updateMany → `delete<Type>` / `update<Type>`, many in one request.
 *
 * Errors become React-Admin HttpErrors with localized messages (see serverErrors.ts).
 */
import buildDataProvider, { type BuildQueryFactory, type BuildQueryResult, type IntrospectionResult, type Options } from 'ra-data-graphql';
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, HttpError, UPDATE, UPDATE_MANY } from 'ra-core';
import type { DataProvider, RaRecord, TranslateFunction } from 'ra-core';
import { parse, type IntrospectionField, type IntrospectionObjectType, type IntrospectionSchema, type IntrospectionType } from 'graphql';
import { createGraphQLClient } from './graphqlClient';
import { inputFields, isListType, namedType, orderFieldFor, schema as committedSchema, typeString } from './schema';
import { RESOURCES, type ResourceNames } from './resources';
import { toHttpError } from './serverErrors';

/** The page size the server allows at most (`first` ≤ 100). */
export const MAX_PAGE_SIZE = 100;

type Introspected = { type: IntrospectionObjectType } & Partial<Record<string, IntrospectionField>>;
type Params = Record<string, any>;

const byType = new Map<string, ResourceNames>(Object.values(RESOURCES).map((names) => [names.type, names]));
const names = (type: IntrospectionType) => byType.get(type.name);

/** Which query or mutation serves each React-Admin method, per GraphQL type. */
export const operationNames: Record<string, (type: IntrospectionType) => string> = {
  [GET_LIST]: (type) => names(type)?.many ?? '',
  [GET_MANY]: (type) => names(type)?.many ?? '',
  [GET_MANY_REFERENCE]: (type) => names(type)?.many ?? '',
  [GET_ONE]: (type) => names(type)?.one ?? '',
  [CREATE]: (type) => `create${type.name}`,
  [UPDATE]: (type) => `update${type.name}`,
  [UPDATE_MANY]: (type) => `update${type.name}`,
  [DELETE]: (type) => `delete${type.name}`,
  [DELETE_MANY]: (type) => `delete${type.name}`,
};

/** The fields a record is read with: every scalar and enum field, and lists of them (`duties`). */
function selection(type: IntrospectionObjectType): string {
  return type.fields
    .filter((field) => field.args.length === 0 && ['SCALAR', 'ENUM'].includes(namedType(field.type).kind))
    .map((field) => field.name)
    .join(' ');
}

function argTypeName(field: IntrospectionField, arg: string): string {
  const found = field.args.find((candidate) => candidate.name === arg);
  if (!found) throw new Error(`${field.name} has no argument ${arg}`);
  return typeString(found.type);
}

function operation(resource: Introspected, method: string): IntrospectionField {
  const field = resource[method];
  if (!field) throw new Error(`${resource.type.name} has no operation for ${method}`);
  return field;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** React-Admin's filter values → `<Type>Filter`, dropping blanks and keys the filter type lacks. */
function toFilter(types: readonly IntrospectionType[], field: IntrospectionField, raw: Params = {}): Params | undefined {
  const allowed = inputFields(types, namedType(field.args.find((arg) => arg.name === 'filter')!.type).name);
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
function toOrderBy(types: readonly IntrospectionType[], typeName: string, sort?: { field?: string; order?: string }) {
  const field = sort?.field && orderFieldFor(types, typeName, sort.field);
  return field ? [{ field, direction: sort?.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined;
}

/** Removes blank lines from lists of strings (an empty duty line is no duty). */
function cleanValue(value: unknown): unknown {
  return Array.isArray(value) ? value.filter((item) => !isBlank(item)) : value;
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
function toInput(types: readonly IntrospectionType[], field: IntrospectionField, data: Params, previous?: Params, record?: IntrospectionObjectType): Params {
  const fields = inputFields(types, namedType(field.args.find((arg) => arg.name === 'input')!.type).name);
  const input: Params = {};
  for (const name of fields.keys()) {
    if (!(name in data) || data[name] === undefined) continue;
    const value = cleanValue(data[name]);
    if (previous) {
      if (same(value, previous[name]) || (isBlank(value) && isBlank(previous[name]))) continue;
      input[name] = isBlank(value) ? (isRequiredString(record, name) ? '' : null) : value;
    } else if (!isBlank(value)) {
      input[name] = value;
    }
  }
  return input;
}

function listQuery(types: readonly IntrospectionType[], resource: Introspected, method: string, params: Params): BuildQueryResult {
  const field = operation(resource, GET_LIST);
  const typeName = resource.type.name;
  const many = method === GET_MANY;
  const rawFilter = many ? { ids: params.ids.map(String) } : method === GET_MANY_REFERENCE ? { ...params.filter, [params.target]: params.id } : params.filter;
  const perPage = many ? params.ids.length : params.pagination?.perPage ?? 25;
  const page = many ? 1 : params.pagination?.page ?? 1;
  const first = Math.max(0, Math.min(MAX_PAGE_SIZE, perPage));
  const variables = {
    filter: toFilter(types, field, rawFilter),
    orderBy: many ? undefined : toOrderBy(types, typeName, params.sort),
    first,
    offset: Math.max(0, params.meta?.offset ?? (page - 1) * perPage),
  };
  const text = `query ${typeName}List($filter: ${argTypeName(field, 'filter')}, $orderBy: ${argTypeName(field, 'orderBy')}, $first: Int, $offset: Int) {
    page: ${field.name}(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      nodes { ${selection(resource.type)} }
      ${many ? '' : 'totalCount'}
    }
  }`;
  return {
    query: parse(text),
    variables,
    parseResponse: ({ data }) => (many ? { data: data.page.nodes } : { data: data.page.nodes, total: data.page.totalCount }),
  };
}

/** One mutation calling `field` once per id, each under its own alias (`m0`, `m1`, …). */
function manyMutation(field: IntrospectionField, ids: string[], args: (i: number) => string, extraVariables: string, select: string): string {
  const declarations = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const calls = ids.map((_, i) => `m${i}: ${field.name}(${args(i)})${select}`).join('\n');
  return `mutation ${field.name}Many(${declarations}${extraVariables}) {\n${calls}\n}`;
}

/**
 * Builds the GraphQL operation for one React-Admin call, given the schema's introspection: used
 * as ra-data-graphql's `buildQuery`.
 */
export const buildQuery: BuildQueryFactory = (introspection: IntrospectionResult) => (method, resourceName, params: Params) => {
  const resourceNames = (RESOURCES as Record<string, ResourceNames>)[resourceName];
  if (!resourceNames) throw new Error(`Unknown resource ${resourceName}`);
  const resource = introspection.resources.find((candidate) => candidate.type.name === resourceNames.type) as Introspected | undefined;
  if (!resource) throw new Error(`The schema has no type ${resourceNames.type}`);
  const types = introspection.types;
  const fields = selection(resource.type);
  const typeName = resource.type.name;

  switch (method) {
    case GET_LIST:
    case GET_MANY:
    case GET_MANY_REFERENCE:
      return listQuery(types, resource, method, params);
    case GET_ONE: {
      const field = operation(resource, GET_ONE);
      return {
        query: parse(`query ${typeName}One($id: ID!) { data: ${field.name}(id: $id) { ${fields} } }`),
        variables: { id: String(params.id) },
        parseResponse: ({ data }) => {
          if (!data.data) throw new HttpError('ra.notification.item_doesnt_exist', 404);
          return { data: data.data };
        },
      };
    }
    case CREATE: {
      const field = operation(resource, CREATE);
      return {
        query: parse(`mutation Create${typeName}($input: ${argTypeName(field, 'input')}) { data: ${field.name}(input: $input) { ${fields} } }`),
        variables: { input: toInput(types, field, params.data ?? {}) },
        parseResponse: ({ data }) => ({ data: data.data }),
      };
    }
    case UPDATE: {
      const field = operation(resource, UPDATE);
      return {
        query: parse(`mutation Update${typeName}($id: ID!, $input: ${argTypeName(field, 'input')}) { data: ${field.name}(id: $id, input: $input) { ${fields} } }`),
        variables: { id: String(params.id), input: toInput(types, field, params.data ?? {}, params.previousData ?? {}, resource.type) },
        parseResponse: ({ data }) => ({ data: data.data }),
      };
    }
    case DELETE: {
      const field = operation(resource, DELETE);
      return {
        query: parse(`mutation Delete${typeName}($id: ID!) { data: ${field.name}(id: $id) }`),
        variables: { id: String(params.id) },
        parseResponse: ({ data }) => ({ data: params.previousData ?? { id: data.data } }),
      };
    }
    case DELETE_MANY:
    case UPDATE_MANY: {
      const ids: string[] = (params.ids ?? []).map(String);
      const field = operation(resource, method);
      const update = method === UPDATE_MANY;
      const text = update
        ? manyMutation(field, ids, (i) => `id: $id${i}, input: $input`, `, $input: ${argTypeName(field, 'input')}`, ' { id }')
        : manyMutation(field, ids, (i) => `id: $id${i}`, '', '');
      const variables: Params = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
      if (update) variables.input = toInput(types, field, params.data ?? {});
      return {
        query: parse(text),
        variables,
        parseResponse: () => ({ data: ids }),
      };
    }
    default:
      throw new Error(`Unsupported data provider method ${method}`);
  }
};

type ListCall = (resource: string, params: Params) => Promise<{ data: RaRecord[]; total?: number }>;

/**
 * A page larger than the server's cap (React-Admin's CSV export asks for 1000 rows) is fetched
 * as consecutive requests of at most {@link MAX_PAGE_SIZE} rows, through `meta.offset`.
 */
async function getLargeList(getList: ListCall, resource: string, params: Params): Promise<any> {
  const perPage: number = params.pagination?.perPage ?? 25;
  if (perPage <= MAX_PAGE_SIZE) return getList(resource, params);
  const start = ((params.pagination?.page ?? 1) - 1) * perPage;
  const data: RaRecord[] = [];
  let total = 0;
  for (let offset = start; offset < start + perPage; offset += MAX_PAGE_SIZE) {
    const first = Math.min(MAX_PAGE_SIZE, start + perPage - offset);
    const page = await getList(resource, { ...params, pagination: { page: 1, perPage: first }, meta: { ...params.meta, offset } });
    data.push(...page.data);
    total = page.total ?? total;
    if (page.data.length < first) break;
  }
  return { data, total };
}

/** Options of {@link createDataProvider}. */
export interface DataProviderOptions {
  /** The GraphQL endpoint (default `/graphql`). */
  uri?: string;
  /** Translates error messages into the admin's current language. */
  translate: TranslateFunction;
  /** The schema to build queries from (default: the committed schema.graphql). */
  schema?: IntrospectionSchema;
  /** The fetch to use (tests pass their own). */
  fetch?: typeof fetch;
  /** Headers sent with every request, e.g. the signed-in user's `Authorization`. */
  headers?: () => Record<string, string>;
}

/**
 * Creates Pingyi's React-Admin data provider: ra-data-graphql with {@link buildQuery}, the
 * committed schema instead of live introspection, our fetch-based client, localized errors and
 * getMany split into requests of at most {@link MAX_PAGE_SIZE} ids.
 */
export function createDataProvider(options: DataProviderOptions): DataProvider {
  const client = createGraphQLClient({ uri: options.uri ?? '/graphql', fetch: options.fetch, headers: options.headers });
  const base = buildDataProvider({
    client: client as unknown as Options['client'],
    introspection: { schema: options.schema ?? committedSchema, operationNames, include: [...byType.keys()] },
    buildQuery,
  });
  const guard =
    <M extends keyof DataProvider>(method: M) =>
    async (resource: string, params: Params): Promise<any> => {
      try {
        return await (base[method] as (resource: string, params: Params) => Promise<unknown>)(resource, params);
      } catch (error) {
        throw toHttpError(error, resource, options.translate);
      }
    };
  const getMany = guard('getMany');
  const getList = guard('getList');
  return {
    getList: (resource, params) => getLargeList(getList, resource, params),
    getOne: guard('getOne'),
    getMany: async (resource, params) => {
      const ids = [...new Set(params.ids.map(String))];
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += MAX_PAGE_SIZE) chunks.push(ids.slice(i, i + MAX_PAGE_SIZE));
      const pages = await Promise.all(chunks.map((chunk) => getMany(resource, { ...params, ids: chunk })));
      return { data: pages.flatMap((page: { data: RaRecord[] }) => page.data) };
    },
    getManyReference: guard('getManyReference'),
    create: guard('create'),
    update: guard('update'),
    updateMany: guard('updateMany'),
    delete: guard('delete'),
    deleteMany: guard('deleteMany'),
  } as DataProvider;
}
