import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from './logger';
import type { ReplicaRouter } from './replicas';
import { currentAddress, setReadReplica } from './request-scope';
import type { RequestContext } from './request-context';

/**
 * Who wrote, for read-your-writes: the signed-in user (whichever instance or session they use next)
 * and the client's address (an anonymous code voter, and a sign-in whose next request carries a
 * token). Several people behind one address then read from the primary for a while: only slower.
 */
export function writerKeys(context: Pick<RequestContext, 'viewer'>): string[] {
  const keys = [`address:${currentAddress() ?? 'unknown'}`];
  if (context.viewer) keys.push(`viewer:${context.viewer.userId}`);
  return keys;
}

/**
 * Apollo plugin routing a request's reads (docs/scale-out.md): a query reads from the replica the
 * router chooses for its writer (replicas.ts); after a mutation, the primary's log position is
 * recorded for its writer before the answer leaves, so their next query, through any instance,
 * sees their write. Subscriptions and mutations read and write on the primary.
 */
export function replicaPlugin(router: ReplicaRouter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let kind: string | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          kind = operation?.operation;
          if (kind === 'query') setReadReplica(() => router.chooseForRead(writerKeys(contextValue)));
        },
        async willSendResponse({ contextValue, response }) {
          // A mutation refused before it ran (bad variables, a limit) wrote nothing: no data at all.
          if (kind !== 'mutation' || (response.body.kind === 'single' && response.body.singleResult.data === undefined))
            return;
          await router.recordWrite(writerKeys(contextValue)).catch((err: unknown) => {
            // The primary is away: the mutation failed too, and reads wait for it.
            logger.warn({ err }, 'could not record the position of a write');
          });
        },
      };
    },
  };
}
