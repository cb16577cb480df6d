import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { EventSubscriber } from './domain-events';
import type { ServiceContext } from './request-context';
import type { Viewer } from './viewer';
import type { AnyClass } from './class';

/**
 * Builds one service of a request from the kernel's service context (with the loaders it declares,
 * `L`) and the other services it declares it depends on (`D`). The composition root passes the
 * request's services as `D` and checks at compile time that they have what every factory needs.
 */
export type ServiceFactory<S = unknown, L = never, D = never> = (ctx: ServiceContext<L>, deps: D) => S;

/**
 * The factory of a service class whose constructor takes `(ctx, deps)` (or only `ctx`), typed by
 * that constructor, so the composition root sees which loaders and services the class declares.
 */
export function serviceOf<C extends new (ctx: ServiceContext<never>, deps: never) => unknown>(
  Service: C,
): (ctx: ConstructorParameters<C>[0], deps: ConstructorParameters<C>[1]) => InstanceType<C> {
  return (ctx, deps) => new Service(ctx, deps) as InstanceType<C>;
}

declare const readsContext: unique symbol;

/**
 * A module's type-graphql resolver classes, tagged with the request context they read (`C`, a
 * RequestContext naming the services and loaders used): the composition root checks that the
 * real context has them. Make one with `resolversReading`.
 */
export type ResolverList<C = unknown> = readonly AnyClass[] & { readonly [readsContext]?: C };

/** Tags resolver classes with the request context they read (see ResolverList). */
export function resolversReading<C>(...classes: AnyClass[]): ResolverList<C> {
  return classes as ResolverList<C>;
}

/** An HTTP route beside `/graphql`, e.g. the results export, or a whole router under a path (`use`, e.g. Open311). */
export interface HttpRoute<C = unknown> {
  method: 'get' | 'post' | 'use';
  /** Express path, e.g. `/export/districts/:districtId/results.:format`; for `use`, the prefix the router serves under. */
  path: string;
  /** The route's handler; `contextOf` builds the request's context as for GraphQL (it throws UNAUTHENTICATED for a refused token). */
  handler(contextOf: (req: Request) => Promise<C>): RequestHandler;
}

/** Work an app does in the background while it serves, e.g. sending the webhook outbox. */
export interface BackgroundJob {
  /** Starts it; main and the tests' server call this once the app listens. */
  start(): void;
  /** Stops it and waits for the work in progress. */
  stop(): Promise<void>;
}

/** How a module makes its background job: `options` come from the app's options under the job's name (undefined: the job's defaults). */
export interface JobDescriptor<O = unknown> {
  /** Unique among the app's jobs, e.g. "webhooks"; also the key of its options. */
  name: string;
  create(db: DataSource, options: O | undefined): BackgroundJob;
}

/** What a verified bearer token makes of a request. */
export interface Authentication<L = unknown> {
  viewer: Viewer;
  /** Seeds the request's loaders with what verifying read (e.g. the user's row), so reading it again costs nothing. */
  prime?(loaders: L): void;
}

/** Turns one kind of bearer token into the request's viewer. */
export interface Authenticator<L = unknown> {
  /** Whether `token` is of this kind (by its shape); the first authenticator that accepts it decides. */
  accepts(token: string): boolean;
  /**
   * The token's viewer, or null when it does not verify (the request goes on signed out and
   * services answer UNAUTHENTICATED); it may also throw UNAUTHENTICATED to refuse the request.
   */
  verify(db: DataSource, token: string): Promise<Authentication<L> | null>;
}

/**
 * One domain module as the composition root (server/app/modules.ts) sees it: everything it brings
 * to the app, in one value exported from `server/<module>/index.ts`. Every part is optional.
 * The kernel never imports a module; the root passes modules' parts to it.
 */
export interface ModuleDescriptor {
  /** The module's folder name, e.g. "evaluation-meeting". */
  name: string;
  /** Its TypeORM entities (also GraphQL types); migrations/ must match them. */
  entities?: readonly AnyClass[];
  /** Its type-graphql resolver classes, with the context they read. */
  resolvers?: ResolverList;
  /** Builds its DataLoaders for one request, scoped to the viewer (null only for the server's own work). */
  loaders?: (db: DataSource, viewer: Viewer | null) => Record<string, unknown>;
  /** Its services by the name resolvers and other services use (`ctx.services.<name>`). */
  services?: Record<string, ServiceFactory>;
  /** HTTP routes it serves beside GraphQL. */
  routes?: readonly HttpRoute[];
  /** Background jobs it runs. */
  jobs?: readonly JobDescriptor[];
  /** Its domain-event subscribers. */
  subscribers?: readonly EventSubscriber[];
  /** The kinds of bearer token it verifies. */
  authenticators?: readonly Authenticator[];
}

/** Declares a module descriptor, keeping its exact types for the composition root. */
export function defineModule<const M extends ModuleDescriptor>(module: M): M {
  return module;
}
