import type DataLoader from 'dataloader';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from './errors';
import { isId } from './ids';
import type { ServiceContext } from './request-context';
import { currentOperation } from './request-scope';
import { Role } from './role';
import { assertIntegrationScope, assertMay, Place, Viewer } from './viewer';
import { coreReasons } from './core-reasons';

export type { ServiceContext } from './request-context';

/**
 * Lookups shared by every domain service: find/get by id through the request's loader, check
 * that a referenced id exists, delete by id. The rules of each type live in its own service.
 */
export abstract class RecordService<T extends ObjectLiteral & { id: string }, L = unknown> {
  /** GraphQL name of the type, used in error messages (`Office "…" was not found`). */
  protected abstract readonly typeName: string;

  constructor(protected readonly ctx: ServiceContext<L>) {}

  /**
   * The scope a service token (INTEGRATION caller) needs to read this type; undefined: service
   * tokens may not use this service at all. Writes check their roles as well (assertMay).
   */
  protected readonly integrationReadScope?: string;

  /** The signed-in caller; raises UNAUTHENTICATED when there is none. */
  private get signedIn(): Viewer {
    if (!this.ctx.viewer) throw new UnauthenticatedError(coreReasons['auth.signInFirst']());
    return this.ctx.viewer;
  }

  /** The signed-in caller; UNAUTHENTICATED when there is none, FORBIDDEN for a service token without `integrationReadScope`. */
  protected get viewer(): Viewer {
    const viewer = this.signedIn;
    const verb = currentOperation() === 'mutation' ? 'change' : 'read';
    assertIntegrationScope(viewer, this.integrationReadScope, `${verb} ${this.typeName} records`);
    return viewer;
  }

  /** This request's loader of the type by id. */
  protected abstract get loader(): DataLoader<string, T | null>;

  /** Where a record lies, for scope checks (docs/rules.md, Roles and reach). */
  protected abstract placeOf(record: T): Promise<Place>;

  /** Raises FORBIDDEN unless the caller is an ADMIN whose scope covers the record. */
  protected async assertAdminOver(record: T, what = `change this ${this.typeName}`): Promise<void> {
    assertMay(this.viewer, [Role.ADMIN], await this.placeOf(record), what);
  }

  /** Where a record placed in a subdistrict lies: that subdistrict and its district (ServiceContext.places). */
  protected placeInSubdistrict(subdistrictId: string): Promise<Place> {
    return this.ctx.places.placeInSubdistrict(subdistrictId);
  }

  /** The record with this id, or null when there is none. */
  find(id: string): Promise<T | null> {
    void this.viewer;
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
    // Only the caller's sign-in is checked: checking references (within the caller's scope) is
    // part of the caller's own write, which checks its rights itself.
    void this.signedIn;
    const record = isId(id) ? await this.loader.load(id) : null;
    if (!record)
      throw new BadUserInputError(
        coreReasons['node.noSuchId']({ typeName: this.typeName, value: JSON.stringify(id) }),
        field,
      );
    return record;
  }

  /**
   * Deletes the record and returns its id. NOT_FOUND when it does not exist or is out of scope;
   * FORBIDDEN unless an ADMIN over it; CONFLICT when other records still refer to it.
   */
  async remove(id: string, manager: EntityManager = this.ctx.db.manager): Promise<string> {
    const record = await this.get(id);
    await this.assertAdminOver(record, `delete this ${this.typeName}`);
    await manager.delete(record.constructor, { id });
    this.loader.clear(id);
    return id;
  }
}
