import { defineModule, resolversReading, serviceOf } from '../core/module';
import { NodeResolver, type NodeResolverContext } from './node.resolver';
import { NodeService } from './node.service';

/**
 * Relay's `node(id)` and `nodes(ids)`: any record by its id alone, through the lookup each module
 * registers for its types (server/core/node.ts), scoped exactly like that lookup.
 */
export const nodeModule = defineModule({
  name: 'node',
  resolvers: resolversReading<NodeResolverContext>(NodeResolver),
  services: {
    nodes: serviceOf(NodeService),
  },
});
