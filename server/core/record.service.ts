import type DataLoader from 'dataloader';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { BadUserInputError, NotFoundError } from './errors';
import { isId } from './ids';
import type { Loaders } from './loaders.registry';
import type { Services } from './services.registry';

/** What every service gets from the request: the database, this request's loaders and the other services. */
export interface ServiceContext {
  db: DataSource;
  loaders: Loaders;
  /** The other services of the same request (a function, since they are built together). */
  services: () => Services;
}

/**
 * Lookups shared by every domain service: find/get by id through the request's loader, check
 * that a referenced id exists, delete by id. The rules of each type live in its own service.
 */
export abstract class RecordService<T extends ObjectLiteral & { id: string }> {
  /** GraphQL name of the type, used in error messages (`Office "…" was not found`). */
  protected abstract readonly typeName: string;

  constructor(protected readonly ctx: ServiceContext) {}

  /** This request's loader of the type by id. */
  protected abstract get loader(): DataLoader<string, T | null>;

  /** The record with this id, or null when there is none. */
  find(id: string): Promise<T | null> {
    return isId(id) ? this.loader.load(id) : Promise.resolve(null);
  }

  /** The record with this id; raises NOT_FOUND when there is none. */
  async get(id: string): Promise<T> {
    const record = await this.find(id);
    if (!record) throw new NotFoundError(this.typeName, id);
    return record;
  }

  /** The record an input field refers to; raises BAD_USER_INPUT naming `field` when there is none. */
  async referenced(id: string, field: string): Promise<T> {
    const record = await this.find(id);
    if (!record) throw new BadUserInputError(`${field}: no ${this.typeName} has id ${JSON.stringify(id)}`, field);
    return record;
  }

  /**
   * Deletes the record and returns its id. NOT_FOUND when it does not exist; CONFLICT when other
   * records still refer to it (the foreign key refuses).
   */
  async remove(id: string, manager: EntityManager = this.ctx.db.manager): Promise<string> {
    const record = await this.get(id);
    await manager.delete(record.constructor, { id });
    this.loader.clear(id);
    return id;
  }
}
