import { ArgsType, ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  isCursorValueError,
  listSignature,
  signatureOf,
  SortKey,
  whereBeyond,
} from './cursor';
import { BadUserInputError } from './errors';
import type { AnyClass } from './class';
import { coreReasons } from './core-reasons';
import { leanMany, leanRawAndEntities } from './lean-select';

/** Largest page a list query returns (docs/rules.md, API contract: `first` and `last` are capped at 100). */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Sort direction of an `orderBy` entry. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction: ASC (smallest, earliest or A first) or DESC.',
  valuesConfig: {
    ASC: { description: 'Ascending: smallest, earliest or A first; empty values last.' },
    DESC: { description: 'Descending: largest, latest or Z first; empty values last.' },
  },
});

/**
 * Paging arguments shared by every list query (the Relay cursor-connection arguments, plus
 * `offset` for page numbers).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many nodes to return from the start of the list (or from \`after\`), 0–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given. BAD_USER_INPUT above ${MAX_PAGE_SIZE} or together with last.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the nodes after this cursor: an edge's `cursor` or `pageInfo.endCursor` of the same query (same filter and orderBy); the page stays exact while rows are added or removed elsewhere. BAD_USER_INPUT for a cursor of another list, filter or sort order. Not together with `offset`.",
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many nodes to return from the end of the list (or before \`before\`), 0–${MAX_PAGE_SIZE}, in the list's order. BAD_USER_INPUT above ${MAX_PAGE_SIZE} or together with first or offset.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the nodes before this cursor: an edge's `cursor` or `pageInfo.startCursor` of the same query (same filter and orderBy); without first, the last 20 before it. BAD_USER_INPUT for a cursor of another list, filter or sort order. Not together with `offset`.",
  })
  before?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Skip this many nodes first (≥ 0), for page numbers; only with first, not with after, before or last. A row added or removed before the offset shifts the page by one; cursors do not.',
  })
  offset?: number | null;
}

/** Where a page lies in its list (the Relay `PageInfo`). */
@ObjectType({
  description:
    'Where a page lies in its list, with the cursors to fetch the pages next to it (Relay cursor connections).',
})
export class PageInfo {
  @Field({
    description:
      'Whether more nodes follow this page. When paging backward (last/before): true when the page ends before a cursor.',
  })
  hasNextPage: boolean;

  @Field({
    description:
      'Whether nodes precede this page. When paging forward (first/after/offset): true when the page starts after a cursor or past an offset.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the first node of this page; pass it as `before` for the page before. Null on an empty page.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last node of this page; pass it as `after` for the next page. Null on an empty page.',
  })
  endCursor: string | null;
}

/** One node of a page with its cursor. */
export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

/**
 * A page of nodes as every list query returns it. `totalCount` is computed only when asked for;
 * the other fields may be promises (GraphQL awaits them), see `paginate`.
 */
export interface Connection<T> {
  readonly nodes: T[] | Promise<T[]>;
  readonly edges: Edge<T>[] | Promise<Edge<T>[]>;
  readonly totalCount: Promise<number>;
  readonly pageInfo: PageInfo | Promise<PageInfo>;
}

/**
 * The GraphQL connection type `<Name>Connection` of a node type (`edges`, `nodes`, `pageInfo` and
 * `totalCount`, each described) with its edge type `<Name>Edge`, made once per node type.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, plural: string): ClassType<Connection<T>> {
  const known = connectionTypes.get(node);
  if (known) return known as ClassType<Connection<T>>;

  @ObjectType(`${node.name}Edge`, {
    description: `One of a page of ${plural}, with the cursor that marks its place in the list.`,
  })
  class NodeEdge {
    @Field({
      description:
        'Opaque cursor of this node: pass it as `after` (or `before`) to page from here with the same filter and orderBy.',
    })
    cursor: string;

    @Field(() => node, { description: `The node (one of the ${plural}).` })
    node: T;
  }

  @ObjectType(`${node.name}Connection`, {
    description: `A page of ${plural}, with their cursors, total count and paging information (a Relay cursor connection).`,
  })
  class NodeConnection {
    @Field(() => [NodeEdge], { description: `The ${plural} of this page with their cursors, in the requested order.` })
    edges: NodeEdge[];

    @Field(() => [node], {
      description: `The ${plural} of this page, in the requested order (the edges' nodes, without cursors).`,
    })
    nodes: T[];

    @Field(() => Int, { description: `How many ${plural} match the filter, across all pages.` })
    totalCount: Promise<number>;

    @Field(() => PageInfo, { description: 'Where this page lies in the list, with the cursors of its ends.' })
    pageInfo: PageInfo;
  }
  connectionTypes.set(node, NodeConnection);
  return NodeConnection as unknown as ClassType<Connection<T>>;
}

/** One connection type per node type, however many modules list that type. */
const connectionTypes = new Map<AnyClass, AnyClass>();

/** A list query's paging arguments, checked: how many, which way, from which cursors or offset. */
interface PageRequest {
  size: number;
  /** true: the page is taken from the end (`last`, or `before` without `first`). */
  backward: boolean;
  offset: number;
}

/**
 * Checks `first`, `last` and `offset` (BAD_USER_INPUT naming the argument): each within its bounds,
 * not `first` with `last`, `offset` only when paging forward without cursors.
 */
function pageRequest(page: PageArgs): PageRequest {
  const bounded = (value: number, field: string) => {
    if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)
      throw new BadUserInputError(coreReasons['pagination.pageSize']({ max: MAX_PAGE_SIZE }), field);
    return value;
  };
  if (page.first != null && page.last != null)
    throw new BadUserInputError(coreReasons['pagination.firstOrLast'](), 'last');
  if (page.offset != null) {
    if (page.after != null) throw new BadUserInputError(coreReasons['pagination.afterOrOffset'](), 'offset');
    if (page.before != null || page.last != null)
      throw new BadUserInputError(coreReasons['pagination.offsetForward'](), 'offset');
    if (!Number.isInteger(page.offset) || page.offset < 0)
      throw new BadUserInputError(coreReasons['pagination.offsetNegative'](), 'offset');
  }
  const backward = page.last != null || (page.before != null && page.first == null);
  const size =
    page.first != null
      ? bounded(page.first, 'first')
      : page.last != null
        ? bounded(page.last, 'last')
        : DEFAULT_PAGE_SIZE;
  return { size, backward, offset: page.offset ?? 0 };
}

/** One row of a page: the node and its sort values (the id last), read only when cursors are asked for. */
interface PageRow<T> {
  node: T;
  values: (string | null)[] | null;
}

/**
 * A page as a connection: the rows fetched (one more than `size`, to know whether the list goes
 * on), in fetch order, turned into nodes, edges and pageInfo.
 */
function pageOf<T>(
  rows: PageRow<T>[],
  request: PageRequest,
  cursors: { after: boolean; before: boolean },
  signature: string,
) {
  const more = rows.length > request.size;
  const kept = more ? rows.slice(0, request.size) : rows;
  if (request.backward) kept.reverse();
  const edges: Edge<T>[] = kept.map((row) => ({
    node: row.node,
    cursor: row.values ? encodeCursor(signature, row.values) : '',
  }));
  const pageInfo: PageInfo = {
    hasNextPage: request.backward ? cursors.before : more,
    hasPreviousPage: request.backward ? more : cursors.after || request.offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return { nodes: kept.map((row) => row.node), edges, pageInfo };
}

/**
 * A connection over a short list already in memory (e.g. one's own ballots), paged like the others
 * with keyset cursors on the id: the items are listed by id, and `list` names the list in the
 * cursors' signature (e.g. `ratings:<meetingId>`), so a cursor of another list is refused.
 * Raises BAD_USER_INPUT as `paginate` does.
 */
export function connectionOf<T extends { id: string }>(items: T[], page: PageArgs, list: string): Connection<T> {
  const request = pageRequest(page);
  const signature = signatureOf(JSON.stringify(['in memory', list]));
  let chosen = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const after = page.after != null ? decodeCursor(page.after, signature, 1, 'after')[0]! : null;
  const before = page.before != null ? decodeCursor(page.before, signature, 1, 'before')[0]! : null;
  if (after !== null) chosen = chosen.filter((item) => item.id > after);
  if (before !== null) chosen = chosen.filter((item) => item.id < before);
  if (request.backward) chosen.reverse();
  const rows = chosen
    .slice(request.offset, request.offset + request.size + 1)
    .map((node) => ({ node, values: [node.id] }));
  return {
    ...pageOf(rows, request, { after: after !== null, before: before !== null }, signature),
    totalCount: Promise.resolve(items.length),
  };
}

/** One `orderBy` entry as every `<Type>Order` input has it. */
export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

/** Whether the column an `alias.property` expression names may be NULL (true when it cannot tell). */
function mayBeNull<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, expression: string): boolean {
  const [alias, property] = expression.split('.');
  if (alias !== qb.alias || !property || !qb.expressionMap.mainAlias?.hasMetadata) return true;
  return qb.expressionMap.mainAlias.metadata.findColumnWithPropertyPath(property)?.isNullable ?? true;
}

/**
 * Runs a list query as a connection: checks `first`/`last`/`after`/`before`/`offset`, applies the
 * sort through `sortColumns` (the allow-list: GraphQL enum value → SQL `alias.property`) with the
 * id as tie-breaker, NULLs last, and pages by keyset: `after` and `before` are cursors naming a
 * row by its sort values (see cursor.ts), so a page stays exact while rows are added or removed
 * elsewhere; `offset` still pages by position. Fetches one extra row to know whether the list goes
 * on. Raises BAD_USER_INPUT naming `first`, `last`, `after`, `before`, `offset` or
 * `orderBy.<n>.field`.
 *
 * The page is read lazily, once GraphQL has asked for the connection's fields: GraphQL reads all
 * fields of an object in one synchronous pass, so by the next microtask the connection knows
 * whether `totalCount` and cursors (`edges`, `pageInfo`) were selected. The count comes with the
 * page in the same statement (`count(*) OVER ()`, or a sub-select of the filtered list when a
 * cursor narrows the page); a separate COUNT runs only for an empty page. Cursors read the sort
 * values as text in the same statement. One SQL statement per connection either way
 * (BENCHMARKS.md, B1 and B2).
 */
export async function paginate<T extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  orderBy: OrderInput<F>[] | null | undefined,
  sortColumns: Record<F, string>,
  defaultOrder: OrderInput<F>[],
): Promise<Connection<T>> {
  const request = pageRequest(page);
  const alias = qb.alias;
  const orders = orderBy && orderBy.length > 0 ? orderBy : defaultOrder;
  const keys: SortKey[] = orders.map((order, index) => {
    const expression = sortColumns[order.field];
    if (!expression)
      throw new BadUserInputError(
        coreReasons['pagination.orderByField']({ value: String(order.field) }),
        `orderBy.${index}.field`,
      );
    return { expression, descending: order.direction === OrderDirection.DESC, nullable: mayBeNull(qb, expression) };
  });
  keys.push({ expression: `${alias}.id`, descending: false, nullable: false });

  // The list before paging: counted for totalCount and hashed into the cursors' signature, which
  // is computed only when a cursor is read or made.
  const countQuery = qb.clone();
  let signed: string | undefined;
  const signature = () => (signed ??= listSignature(countQuery, keys));
  const after = page.after != null ? decodeCursor(page.after, signature(), keys.length, 'after') : null;
  const before = page.before != null ? decodeCursor(page.before, signature(), keys.length, 'before') : null;
  if (after) whereBeyond(qb, keys, after, 'after');
  if (before) whereBeyond(qb, keys, before, 'before');
  for (const key of keys) {
    const descending = key.descending !== request.backward;
    qb.addOrderBy(key.expression, descending ? 'DESC' : 'ASC', request.backward ? 'NULLS FIRST' : 'NULLS LAST');
  }
  const cursors = { after: after !== null, before: before !== null };

  let wantsTotal = false;
  let wantsCursors = false;
  let loaded: Promise<ReturnType<typeof pageOf<T>> & { total: number | null }> | undefined;
  const load = () =>
    (loaded ??= Promise.resolve().then(async () => {
      if (request.size === 0) return { ...pageOf<T>([], request, cursors, ''), total: null };
      const limited = qb.offset(request.offset).limit(request.size + 1);
      if (wantsCursors) keys.forEach((key, i) => limited.addSelect(`(${key.expression})::text`, `pingyi_k${i}`));
      if (wantsTotal) {
        // With a cursor the page's WHERE is narrower than the list's: count the list in a sub-select.
        if (after || before)
          limited.addSelect(`(SELECT count(*) FROM (${countQuery.getQuery()}) pingyi_counted)`, 'pingyi_total_count');
        else limited.addSelect('count(*) OVER ()', 'pingyi_total_count');
      }
      let rows: PageRow<T>[];
      let total: number | null = null;
      try {
        if (wantsCursors || wantsTotal) {
          const { entities, raw } = await leanRawAndEntities<T, Record<string, string | null>>(limited);
          const valuesById = new Map<string, (string | null)[]>(
            raw.map((r) => [String(r[`${alias}_id`]), keys.map((_, i) => r[`pingyi_k${i}`] ?? null)]),
          );
          rows = entities.map((node) => ({
            node,
            values: wantsCursors ? (valuesById.get(String(node.id)) ?? null) : null,
          }));
          if (raw.length > 0 && wantsTotal) total = Number(raw[0].pingyi_total_count);
        } else {
          rows = (await leanMany(limited)).map((node) => ({ node, values: null }));
        }
      } catch (error) {
        if ((after || before) && isCursorValueError(error)) {
          const field = after ? 'after' : 'before';
          throw new BadUserInputError(coreReasons['pagination.badCursor'](), field);
        }
        throw error;
      }
      const result = pageOf(rows, request, cursors, wantsCursors ? signature() : '');
      const whole = !request.backward && !after && !before && rows.length <= request.size;
      if (total === null && whole && result.nodes.length > 0) total = request.offset + result.nodes.length;
      return { ...result, total };
    }));
  let total: Promise<number> | undefined;
  return {
    get nodes() {
      return load().then((p) => p.nodes);
    },
    get edges() {
      wantsCursors = true;
      return load().then((p) => p.edges);
    },
    get pageInfo() {
      wantsCursors = true;
      return load().then((p) => p.pageInfo);
    },
    get totalCount() {
      wantsTotal = true;
      total ??= load().then((p) => p.total ?? countQuery.getCount());
      return total;
    },
  };
}
