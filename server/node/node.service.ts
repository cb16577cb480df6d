import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { UnauthenticatedError } from '../core/errors';
import { idKey, isId } from '../core/ids';
import { nodeTypes } from '../core/node';
import type { ServiceContext } from '../core/record.service';
import { coreReasons } from '../core/core-reasons';

/**
 * Which type an id belongs to, for `node(id)` and `nodes(ids)` (see server/core/node.ts): ids are
 * UUIDs unique across every table, so one statement probes every Node type's table by primary key
 * for all the ids a request asks about. It tells only the type; the record itself comes from the
 * type's own lookup, scoped to the caller.
 */
export class NodeService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Ids of this request → their Node type's name (null: no record has it), one statement per batch. */
  private readonly types = new DataLoader<string, string | null>(async (keys) => {
    const ids = [...new Set(keys.filter(isId).map(idKey))];
    const found = new Map<string, string>();
    if (ids.length > 0) {
      const probes = [...nodeTypes().values()].map(
        (t, i) =>
          `SELECT $${i + 2}::text AS type, id FROM "${this.ctx.db.getMetadata(t.entity).tableName}" WHERE id = ANY($1::uuid[])`,
      );
      const rows: { type: string; id: string }[] = await this.ctx.db.query(probes.join(' UNION ALL '), [
        ids,
        ...[...nodeTypes().keys()],
      ]);
      for (const row of rows) found.set(row.id, row.type);
    }
    return keys.map((key) => found.get(idKey(key)) ?? null);
  });

  /** Stored rows by id per entity, for Node types whose lookup starts from the row (one statement per entity and batch). */
  private readonly rowLoaders = new Map<EntityTarget<ObjectLiteral>, DataLoader<string, ObjectLiteral | null>>();

  /**
   * The name of the Node type of the record with this id (`Official`, …), null when no record has
   * it or it is not an id. Reveals nothing by itself: `node` answers null alike unless the type's
   * own lookup returns the record. UNAUTHENTICATED without a sign-in.
   */
  typeOf(id: string): Promise<string | null> {
    if (!this.ctx.viewer) throw new UnauthenticatedError(coreReasons['auth.signInFirst']());
    return isId(id) ? this.types.load(id) : Promise.resolve(null);
  }

  /**
   * The stored row of `entity` with this id, unscoped, or null: only for a Node type's lookup that
   * reads the row to apply its own scope (e.g. an audit entry is readable when its record's
   * history is), never handed to a client as it is.
   */
  row<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string): Promise<T | null> {
    let loader = this.rowLoaders.get(entity);
    if (!loader) {
      loader = new DataLoader<string, ObjectLiteral | null>(async (keys) => {
        const ids = [...new Set(keys.filter(isId).map(idKey))];
        const rows =
          ids.length === 0
            ? []
            : await this.ctx.db
                .getRepository(entity)
                .createQueryBuilder('r')
                .where('r.id = ANY(:ids)', { ids })
                .getMany();
        const byId = new Map(rows.map((r) => [r.id as string, r]));
        return keys.map((key) => byId.get(idKey(key)) ?? null);
      });
      this.rowLoaders.set(entity, loader);
    }
    return loader.load(id) as Promise<T | null>;
  }
}
