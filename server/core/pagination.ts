import { ArgsType, ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';

/** Largest page a list query returns (DESIGN, API contract: `first` is capped at 100). */
export const MAX_PAGE_SIZE = 100;
/** Page size when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Sort direction of an `orderBy` entry. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction: ASC (smallest, earliest or A first) or DESC.',
});

/** Paging arguments shared by every list query. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many nodes to return, 0–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}); more is refused with BAD_USER_INPUT.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the nodes after this cursor (a `pageInfo.endCursor` of the same query). Not together with `offset`.',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Skip this many nodes first (≥ 0). Not together with `after`.' })
  offset?: number | null;
}

/** Where a page ends and whether another follows (Relay cursor-connection convention). */
@ObjectType({ description: 'Where a page ends and whether another follows.' })
export class PageInfo {
  @Field({ description: 'Whether more nodes follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last node of this page; pass it as `after` for the next page. Null on an empty page.' })
  endCursor: string | null;
}

/**
 * A page of nodes as every list query returns it. `totalCount` is computed only when asked for;
 * `nodes` and `pageInfo` may be promises (GraphQL awaits them), see `paginate`.
 */
export interface Connection<T> {
  readonly nodes: T[] | Promise<T[]>;
  readonly totalCount: Promise<number>;
  readonly pageInfo: PageInfo | Promise<PageInfo>;
}

/**
 * The GraphQL connection type `<Name>Connection` of a node type (`nodes`, `totalCount` and
 * `pageInfo`, each described), made once per node type.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, plural: string): ClassType<Connection<T>> {
  const known = connectionTypes.get(node);
  if (known) return known as ClassType<Connection<T>>;
  @ObjectType(`${node.name}Connection`, { description: `A page of ${plural}, with their total count and paging information.` })
  class NodeConnection {
    @Field(() => [node], { description: `The ${plural} of this page, in the requested order.` })
    nodes: T[];

    @Field(() => Int, { description: `How many ${plural} match the filter, across all pages.` })
    totalCount: Promise<number>;

    @Field(() => PageInfo, { description: 'Where this page ends and whether another follows.' })
    pageInfo: PageInfo;
  }
  connectionTypes.set(node, NodeConnection);
  return NodeConnection as unknown as ClassType<Connection<T>>;
}

/** One connection type per node type, however many modules list that type. */
const connectionTypes = new Map<Function, Function>();

/**
 * A connection over a short list already in memory (e.g. one's own ballots), paged like the
 * others. Raises BAD_USER_INPUT as `paginate` does.
 */
export function connectionOf<T>(items: T[], page: PageArgs): Connection<T> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  if (page.after != null && page.offset != null) throw new BadUserInputError('Give either after or offset, not both', 'offset');
  if (page.offset != null && page.offset < 0) throw new BadUserInputError('offset must be 0 or more', 'offset');
  const start = page.after != null ? decodeCursor(page.after) + 1 : page.offset ?? 0;
  const nodes = items.slice(start, start + first);
  return {
    nodes,
    totalCount: Promise.resolve(items.length),
    pageInfo: { hasNextPage: start + first < items.length, endCursor: nodes.length > 0 ? encodeCursor(start + nodes.length - 1) : null },
  };
}

function encodeCursor(position: number): string {
  return Buffer.from(`o:${position}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw new BadUserInputError('after is not a cursor returned by this API', 'after');
  return Number(match[1]);
}

/** One `orderBy` entry as every `<Type>Order` input has it. */
export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

/**
 * Runs a list query as a connection: validates `first`/`after`/`offset`, applies the sort through
 * `sortColumns` (the allow-list: GraphQL enum value → SQL expression) with the id as tie-breaker,
 * and fetches one extra row to know whether another page follows. Raises BAD_USER_INPUT naming
 * `first`, `after` or `offset`.
 *
 * The page is read lazily, once GraphQL has asked for the connection's fields: GraphQL reads all
 * fields of an object in one synchronous pass, so by the next microtask the connection knows
 * whether `totalCount` was selected. If so, the count comes with the page in the same statement
 * (`count(*) OVER ()`); a separate COUNT runs only for a page past the end. Without `totalCount`
 * nothing is counted. One SQL statement per connection either way (BENCHMARKS.md, B1 and B2).
 */
export async function paginate<T extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<T>,
  page: PageArgs,
  orderBy: OrderInput<F>[] | null | undefined,
  sortColumns: Record<F, string>,
  defaultOrder: OrderInput<F>[],
): Promise<Connection<T>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}`, 'first');
  }
  if (page.after != null && page.offset != null) {
    throw new BadUserInputError('Give either after or offset, not both', 'offset');
  }
  if (page.offset != null && page.offset < 0) {
    throw new BadUserInputError('offset must be 0 or more', 'offset');
  }
  const start = page.after != null ? decodeCursor(page.after) + 1 : page.offset ?? 0;

  const countQuery = qb.clone();
  const alias = qb.alias;
  const orders = orderBy && orderBy.length > 0 ? orderBy : defaultOrder;
  orders.forEach((order, index) => {
    const column = sortColumns[order.field];
    if (!column) throw new BadUserInputError(`orderBy cannot sort by ${String(order.field)}`, `orderBy.${index}.field`);
    qb.addOrderBy(column, order.direction === OrderDirection.DESC ? 'DESC' : 'ASC', 'NULLS LAST');
  });
  qb.addOrderBy(`${alias}.id`, 'ASC');

  let wantsTotal = false;
  let loaded: Promise<{ nodes: T[]; pageInfo: PageInfo; total: number | null }> | undefined;
  const load = () =>
    (loaded ??= Promise.resolve().then(async () => {
      if (first === 0) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, total: null };
      const limited = qb.offset(start).limit(first + 1);
      let rows: T[];
      let total: number | null = null;
      if (wantsTotal) {
        const { entities, raw } = await limited.addSelect('count(*) OVER ()', 'pingyi_total_count').getRawAndEntities();
        rows = entities;
        if (raw.length > 0) total = Number(raw[0].pingyi_total_count);
      } else {
        rows = await limited.getMany();
      }
      const hasNextPage = rows.length > first;
      const nodes = hasNextPage ? rows.slice(0, first) : rows;
      if (total === null && !hasNextPage && nodes.length > 0) total = start + nodes.length;
      return { nodes, pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? encodeCursor(start + nodes.length - 1) : null }, total };
    }));
  let total: Promise<number> | undefined;
  return {
    get nodes() {
      return load().then((p) => p.nodes);
    },
    get pageInfo() {
      return load().then((p) => p.pageInfo);
    },
    get totalCount() {
      wantsTotal = true;
      total ??= load().then((p) => p.total ?? countQuery.getCount());
      return total;
    },
  };
}
