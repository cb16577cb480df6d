import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/request-context';
import type { NodeService } from './node.service';
import { BadUserInputError } from '../core/errors';
import { asNode, Node, nodeTypes } from '../core/node';
import { MAX_PAGE_SIZE } from '../core/pagination';
import { nodeReasons } from './reasons';

/** What these resolvers read: the probe; each type's lookup then gets the whole request context. */
export type NodeResolverContext = RequestContext<{ nodes: NodeService }>;
type Context = NodeResolverContext;

/** Errors of a type's own lookup that mean "not yours to see": `node` answers null for them, as for a missing id. */
const OUT_OF_REACH = new Set(['NOT_FOUND', 'FORBIDDEN']);

/**
 * The record with `id` as the caller may see it: its type from the probe (NodeService), then the
 * type's own lookup; null for an unknown id and for a record beyond the caller's reach alike.
 */
async function resolveNode(ctx: Context, id: string): Promise<object | null> {
  const typeName = await ctx.services.nodes.typeOf(id);
  const type = typeName ? nodeTypes().get(typeName) : undefined;
  if (!type) return null;
  try {
    const record = await type.lookup(ctx, id);
    return record ? asNode(record, type.name) : null;
  } catch (error) {
    if (error instanceof GraphQLError && OUT_OF_REACH.has(String(error.extensions.code))) return null;
    throw error;
  }
}

/** Relay's `node` and `nodes`: any record by its id alone (see server/core/node.ts). */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      "The record with this id, whatever its type (Relay's Node; refetchable fragments use it), scoped exactly like its type's own lookup: null when there is none and when it is beyond your reach, alike. Ids are the records' own UUIDs, unique across types. UNAUTHENTICATED without a sign-in.",
  })
  node(@Arg('id', () => ID, { description: 'The id of any record.' }) id: string, @Ctx() ctx: Context) {
    return resolveNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `The records with these ids, in the same order, each as \`node\` gives it (null where there is none or it is beyond your reach), in a fixed number of SQL statements however many ids: one to find their types, one per type present. At most ${MAX_PAGE_SIZE} ids (BAD_USER_INPUT on ids). UNAUTHENTICATED without a sign-in.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `The ids of any records, at most ${MAX_PAGE_SIZE}.` }) ids: string[],
    @Ctx() ctx: Context,
  ) {
    if (ids.length > MAX_PAGE_SIZE) throw new BadUserInputError(nodeReasons.tooManyIds({ max: MAX_PAGE_SIZE }), 'ids');
    return Promise.all(ids.map((id) => resolveNode(ctx, id)));
  }
}
