import type { ServiceFactory } from '../core/module';
import type { ServiceContext } from '../core/request-context';

/**
 * Makes the `createServices` of an app over its modules' service factories (by name): the domain
 * services of one request. Each service is built the first time the request uses it, from the
 * request's service context and the request's services as its dependencies (each factory takes
 * only the ones it declares; the composition root checks them at compile time). Services refer to
 * each other only when called, so two that use each other are built without a loop.
 */
export function serviceRegistry<S>(
  factories: Readonly<Record<string, ServiceFactory>>,
): (ctx: ServiceContext<unknown>) => S {
  /** A request's services: each built on first use, then kept for the request. */
  class RequestServices {
    readonly built = new Map<string, unknown>();
    constructor(readonly ctx: ServiceContext<unknown>) {}
  }
  for (const [name, factory] of Object.entries(factories)) {
    Object.defineProperty(RequestServices.prototype, name, {
      get(this: RequestServices) {
        let service = this.built.get(name);
        if (service === undefined) {
          // The composition root has checked at compile time that each factory gets the loaders
          // and services it declares; here they are passed as the request has them.
          service = (factory as (ctx: ServiceContext<unknown>, deps: unknown) => unknown)(this.ctx, this);
          this.built.set(name, service);
        }
        return service;
      },
    });
  }
  return (ctx) => new RequestServices(ctx) as unknown as S;
}
