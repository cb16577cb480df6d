import type { DataSource } from 'typeorm';
import type { ModuleDescriptor } from '../core/module';
import type { Viewer } from '../core/viewer';

/** A module's loader factory. */
type LoaderFactory = NonNullable<ModuleDescriptor['loaders']>;

/**
 * Makes the `createLoaders` of an app over its modules' loader factories: the DataLoaders of one
 * request (docs/architecture.md), scoped to the caller (`viewer`; null only for the server's own
 * start-up work). The context calls it once per request, so nothing cached there outlives the
 * request; a module's loaders are made only when the request first uses one, so a request pays
 * only for the loaders it needs. The names are learnt the first time, by calling each factory
 * once (it only builds DataLoaders, which costs no query), and become getters on a prototype.
 */
export function loaderRegistry<L>(factories: readonly LoaderFactory[]): (db: DataSource, viewer: Viewer | null) => L {
  /** A request's loaders: each module's group is built on first use, then kept for the request. */
  class RequestLoaders {
    readonly built: (Record<string, unknown> | undefined)[] = [];
    constructor(
      readonly db: DataSource,
      readonly viewer: Viewer | null,
    ) {}
  }
  let ready = false;
  const prepare = (db: DataSource) => {
    const seen = new Set<string>();
    factories.forEach((group, index) => {
      for (const name of Object.keys(group(db, null))) {
        if (seen.has(name)) throw new Error(`Two modules define the loader "${name}"`);
        seen.add(name);
        Object.defineProperty(RequestLoaders.prototype, name, {
          get(this: RequestLoaders) {
            const loaders = (this.built[index] ??= group(this.db, this.viewer) as Record<string, unknown>);
            return loaders[name];
          },
        });
      }
    });
    ready = true;
  };
  return (db, viewer) => {
    if (!ready) prepare(db);
    return new RequestLoaders(db, viewer) as unknown as L;
  };
}
