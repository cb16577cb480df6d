import { ClassType, Field, ID, InterfaceType } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { AnyClass } from './class';

/**
 * The Relay `Node` interface over every record type, and the registry `node(id)` / `nodes(ids)`
 * resolve ids through.
 *
 * Globally unique ids without changing any: every record's id is a random UUID (version 4), drawn
 * independently for each row of each table, so two records never share one and every id already
 * in the schema, the admin and the district integrations stays as it is (schema.graphql changes
 * only by addition). What a bare UUID does not say is its type: `node` finds it with one probe,
 * one `SELECT … UNION ALL …` over the registered tables by primary key (server/node), then asks
 * the type's own lookup, so a record is scoped exactly as that lookup scopes it. A type-tagged id
 * (base64 of "Official:<uuid>") would have spared the probe but changed every id field, and a
 * lookup table would have needed a trigger on every table; the probe costs one indexed statement.
 */

/** Marks a value that `node` resolved (a plain object, e.g. an attendee) with its GraphQL type's name. */
const NODE_TYPE = Symbol('pingyi.nodeType');

/** How `node` finds a record of one type: its table, and the type's own lookup, scoped to the caller. */
export interface NodeType {
  /** GraphQL name of the type (its class's name), e.g. `Official`. */
  readonly name: string;
  /** The GraphQL object type (a class). */
  readonly type: AnyClass;
  /** The TypeORM entity whose table holds the rows (the type itself, for entities). */
  readonly entity: EntityTarget<ObjectLiteral>;
  /**
   * The record with this id as the caller may see it, null when there is none or it is out of the
   * caller's reach: the same call the type's own lookup makes (e.g. `official(id)`). NOT_FOUND and
   * FORBIDDEN it raises mean null to `node`.
   */
  readonly lookup: (ctx: unknown, id: string) => Promise<object | null | undefined>;
}

const registry = new Map<string, NodeType>();

/**
 * Registers `type` as a Node (its `@ObjectType` also says `implements: Node`): `lookup` is the
 * caller-scoped lookup by id (see NodeType.lookup); `entity` the table's entity when the type is
 * not itself one (e.g. an attendee, a row of `meeting_attendance`). Called once per type, where
 * its module's resolvers are declared, with the request context those resolvers read (`C`): `node`
 * passes the request's whole context, which the composition root checks has every module's.
 */
export function registerNode<T extends object, C>(
  type: ClassType<T>,
  lookup: (ctx: C, id: string) => Promise<T | null | undefined>,
  entity?: EntityTarget<ObjectLiteral>,
): void {
  registry.set(type.name, {
    name: type.name,
    type,
    entity: entity ?? (type as EntityTarget<ObjectLiteral>),
    lookup: lookup as NodeType['lookup'],
  });
}

/** Every registered Node type, by GraphQL name. */
export function nodeTypes(): ReadonlyMap<string, NodeType> {
  return registry;
}

/** Tags `value`, found as a record of `typeName`, so the Node interface resolves its type. */
export function asNode<T extends object>(value: T, typeName: string): T {
  Object.defineProperty(value, NODE_TYPE, { value: typeName, enumerable: false, configurable: true });
  return value;
}

/** The GraphQL type of a Node value: its tag (asNode), else the registered class it is an instance of. */
function resolveNodeType(value: object): string | undefined {
  const tagged = (value as { [NODE_TYPE]?: string })[NODE_TYPE];
  if (tagged) return tagged;
  for (const entry of registry.values()) if (value instanceof entry.type) return entry.name;
  return undefined;
}

/** The Relay Node interface: a record that can be fetched again by its id alone (`node(id)`). */
@InterfaceType('Node', {
  description:
    "A record that can be fetched again by its id alone with `node(id)` or `nodes(ids)` (Relay's Node interface; refetchable fragments use it). Every record type implements it. Ids are the records' own ids, UUIDs unique across all types, so no id changed when Node was added.",
  resolveType: resolveNodeType,
})
export abstract class Node {
  @Field(() => ID, {
    description:
      'Globally unique, stable id of this record (a UUID, unique across every type); `node(id)` returns the record.',
  })
  id: string;
}
