/**
 * React-Admin's CRUD methods of the data provider: maps them onto Pingyi's GraphQL contract
 * (README, The API in brief) with ra-data-graphql and our own `buildQuery`.
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
import buildDataProvider, {
  type BuildQueryFactory,
  type BuildQueryResult,
  type IntrospectionResult,
  type Options,
} from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  DELETE_MANY,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  HttpError,
  UPDATE,
  UPDATE_MANY,
} from 'ra-core';
import type { DataProvider, GetListResult, Identifier, RaRecord } from 'ra-core';
import {
  parse,
  type IntrospectionField,
  type IntrospectionObjectType,
  type IntrospectionSchema,
  type IntrospectionType,
} from 'graphql';
import type { GraphQLClient } from './graphqlClient';
import { argTypeName, filtersByIds, hasArg, selection, toFilter, toInput, toOrderBy } from './queryParts';
import { RESOURCES, type ResourceNames } from '../resources';

/** The page size the server allows at most (`first` ≤ 100). */
export const MAX_PAGE_SIZE = 100;

type Introspected = { type: IntrospectionObjectType } & Partial<Record<string, IntrospectionField>>;
/** What React-Admin passes the data provider's methods: the parts of their params read here. */
interface Params {
  id?: Identifier;
  ids?: Identifier[];
  target?: string;
  filter?: Record<string, unknown>;
  pagination?: { page?: number; perPage?: number };
  sort?: { field?: string; order?: string };
  data?: Record<string, unknown>;
  previousData?: Record<string, unknown>;
  meta?: { offset?: number; [key: string]: unknown };
}

const byType = new Map<string, ResourceNames>(Object.values(RESOURCES).map((names) => [names.type, names]));
const names = (type: IntrospectionType) => byType.get(type.name);

/** The mutation that creates a record of the type: the resource's own `create` if it names one (`assessOfficial`), else `create<Type>`. */
function createName(type: IntrospectionType): string {
  const resource = names(type);
  return resource && 'create' in resource ? resource.create : `create${type.name}`;
}

/** Which query or mutation serves each React-Admin method, per GraphQL type. */
export const operationNames: Record<string, (type: IntrospectionType) => string> = {
  [GET_LIST]: (type) => names(type)?.many ?? '',
  [GET_MANY]: (type) => names(type)?.many ?? '',
  [GET_MANY_REFERENCE]: (type) => names(type)?.many ?? '',
  [GET_ONE]: (type) => names(type)?.one ?? '',
  [CREATE]: (type) => createName(type),
  [UPDATE]: (type) => `update${type.name}`,
  [UPDATE_MANY]: (type) => `update${type.name}`,
  [DELETE]: (type) => `delete${type.name}`,
  [DELETE_MANY]: (type) => `delete${type.name}`,
};

function operation(resource: Introspected, method: string): IntrospectionField {
  const field = resource[method];
  if (!field) throw new Error(`${resource.type.name} has no operation for ${method}`);
  return field;
}

/**
 * getList, getManyReference and getMany as one page of the plural query. Only the arguments the
 * query has are sent (`ratingTemplates` takes neither a filter nor an order).
 */
function listQuery(
  types: readonly IntrospectionType[],
  resource: Introspected,
  method: string,
  params: Params,
): BuildQueryResult {
  const field = operation(resource, GET_LIST);
  const typeName = resource.type.name;
  const many = method === GET_MANY;
  if (many && !filtersByIds(types, field)) return lookupQuery(types, resource, (params.ids ?? []).map(String));
  const rawFilter = many
    ? { ids: (params.ids ?? []).map(String) }
    : method === GET_MANY_REFERENCE
      ? { ...params.filter, [String(params.target)]: params.id }
      : params.filter;
  const perPage = many ? (params.ids ?? []).length : (params.pagination?.perPage ?? 25);
  const page = many ? 1 : (params.pagination?.page ?? 1);
  const args: [string, unknown][] = [
    ['filter', toFilter(types, field, rawFilter)],
    ['orderBy', many ? undefined : toOrderBy(types, typeName, params.sort)],
    ['first', Math.max(0, Math.min(MAX_PAGE_SIZE, perPage))],
    ['offset', Math.max(0, params.meta?.offset ?? (page - 1) * perPage)],
  ];
  const present = args.filter(([name]) => hasArg(field, name));
  const declarations = present.map(([name]) => `$${name}: ${argTypeName(field, name).replace(/!$/, '')}`).join(', ');
  const text = `query ${typeName}List(${declarations}) {
    page: ${field.name}(${present.map(([name]) => `${name}: $${name}`).join(', ')}) {
      nodes { ${selection(types, resource.type)} }
      ${many ? '' : 'totalCount'}
    }
  }`;
  return {
    query: parse(text),
    variables: Object.fromEntries(present),
    parseResponse: ({ data }) =>
      many ? { data: data.page.nodes } : { data: data.page.nodes, total: data.page.totalCount },
  };
}

/** getMany for a type whose list cannot be filtered by ids: one singular lookup per id, aliased `r0`, `r1`, …. */
function lookupQuery(types: readonly IntrospectionType[], resource: Introspected, ids: string[]): BuildQueryResult {
  const field = operation(resource, GET_ONE);
  const declarations = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const calls = ids
    .map((_, i) => `r${i}: ${field.name}(id: $id${i}) { ${selection(types, resource.type)} }`)
    .join('\n');
  return {
    query: parse(`query ${resource.type.name}Lookup(${declarations}) {\n${calls}\n}`),
    variables: Object.fromEntries(ids.map((id, i) => [`id${i}`, id])),
    parseResponse: ({ data }) => ({ data: ids.map((_, i) => data[`r${i}`]).filter(Boolean) }),
  };
}

/**
 * getOne for a type without a singular query (`webhookSubscriptions`): the record is found in the
 * first page of at most {@link MAX_PAGE_SIZE} rows of its list (a district has few of them).
 */
function oneFromList(types: readonly IntrospectionType[], resource: Introspected, id: string): BuildQueryResult {
  const field = operation(resource, GET_LIST);
  return {
    query: parse(
      `query ${resource.type.name}FromList($first: Int) { page: ${field.name}(first: $first) { nodes { ${selection(types, resource.type)} } } }`,
    ),
    variables: { first: MAX_PAGE_SIZE },
    parseResponse: ({ data }) => {
      const found = data.page.nodes.find((node: RaRecord) => String(node.id) === id);
      if (!found) throw new HttpError('ra.notification.item_doesnt_exist', 404);
      return { data: found };
    },
  };
}

/** One mutation calling `field` once per id, each under its own alias (`m0`, `m1`, …). */
function manyMutation(
  field: IntrospectionField,
  ids: string[],
  args: (i: number) => string,
  extraVariables: string,
  select: string,
): string {
  const declarations = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const calls = ids.map((_, i) => `m${i}: ${field.name}(${args(i)})${select}`).join('\n');
  return `mutation ${field.name}Many(${declarations}${extraVariables}) {\n${calls}\n}`;
}

/**
 * Builds the GraphQL operation for one React-Admin call, given the schema's introspection: used
 * as ra-data-graphql's `buildQuery`.
 */
export const buildQuery: BuildQueryFactory =
  (introspection: IntrospectionResult) => (method, resourceName, params: Params) => {
    const resourceNames = (RESOURCES as Record<string, ResourceNames>)[resourceName];
    if (!resourceNames) throw new Error(`Unknown resource ${resourceName}`);
    const resource = introspection.resources.find((candidate) => candidate.type.name === resourceNames.type) as
      Introspected | undefined;
    if (!resource) throw new Error(`The schema has no type ${resourceNames.type}`);
    const types = introspection.types;
    const fields = selection(types, resource.type);
    const typeName = resource.type.name;

    switch (method) {
      case GET_LIST:
      case GET_MANY:
      case GET_MANY_REFERENCE:
        return listQuery(types, resource, method, params);
      case GET_ONE: {
        if (!resource[GET_ONE]) return oneFromList(types, resource, String(params.id));
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
          query: parse(
            `mutation Create${typeName}($input: ${argTypeName(field, 'input')}) { data: ${field.name}(input: $input) { ${fields} } }`,
          ),
          variables: { input: toInput(types, field, params.data ?? {}) },
          parseResponse: ({ data }) => ({ data: data.data }),
        };
      }
      case UPDATE: {
        const field = operation(resource, UPDATE);
        return {
          query: parse(
            `mutation Update${typeName}($id: ID!, $input: ${argTypeName(field, 'input')}) { data: ${field.name}(id: $id, input: $input) { ${fields} } }`,
          ),
          variables: {
            id: String(params.id),
            input: toInput(types, field, params.data ?? {}, params.previousData ?? {}, resource.type),
          },
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
          ? manyMutation(
              field,
              ids,
              (i) => `id: $id${i}, input: $input`,
              `, $input: ${argTypeName(field, 'input')}`,
              ' { id }',
            )
          : manyMutation(field, ids, (i) => `id: $id${i}`, '', '');
        const variables: Record<string, unknown> = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
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
async function getLargeList(getList: ListCall, resource: string, params: Params): Promise<GetListResult> {
  const perPage: number = params.pagination?.perPage ?? 25;
  if (perPage <= MAX_PAGE_SIZE) return getList(resource, params);
  const start = ((params.pagination?.page ?? 1) - 1) * perPage;
  const data: RaRecord[] = [];
  let total = 0;
  for (let offset = start; offset < start + perPage; offset += MAX_PAGE_SIZE) {
    const first = Math.min(MAX_PAGE_SIZE, start + perPage - offset);
    const page = await getList(resource, {
      ...params,
      pagination: { page: 1, perPage: first },
      meta: { ...params.meta, offset },
    });
    data.push(...page.data);
    total = page.total ?? total;
    if (page.data.length < first) break;
  }
  return { data, total };
}

/**
 * React-Admin's nine methods over `client`: ra-data-graphql with {@link buildQuery} on the
 * committed schema (no live introspection), errors converted by `convert` (localized HttpErrors),
 * getMany split into requests of at most {@link MAX_PAGE_SIZE} ids and large pages into several.
 */
export function createCrudMethods(
  client: GraphQLClient,
  schema: IntrospectionSchema,
  convert: (error: unknown, resource: string) => unknown,
): DataProvider {
  const base = buildDataProvider({
    client: client as unknown as Options['client'],
    introspection: { schema, operationNames, include: [...byType.keys()] },
    buildQuery,
  });
  const guard =
    <M extends keyof DataProvider>(method: M) =>
    async (resource: string, params: Params): Promise<Awaited<ReturnType<DataProvider[M]>>> => {
      try {
        return await (base[method] as (resource: string, params: Params) => ReturnType<DataProvider[M]>)(
          resource,
          params,
        );
      } catch (error) {
        throw convert(error, resource);
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
