/**
 * Any class, as TypeORM takes entities and type-graphql takes resolvers and object types: a
 * constructor of any arguments, abstract or not. Nothing is ever constructed through this type.
 */
export type AnyClass = abstract new (...args: never[]) => unknown;
