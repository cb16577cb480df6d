import type { DataSource } from 'typeorm';
import { createLoaders, Loaders } from './loaders.registry';
import { createServices, Services } from './services.registry';

/** What every resolver gets for one request: its id, fresh loaders and the domain services. */
export interface Context {
  requestId: string;
  loaders: Loaders;
  services: Services;
}

/** Builds the context of one request: new loaders (nothing shared across requests) and services over them. */
export function createContext(db: DataSource, requestId: string): Context {
  const loaders = createLoaders(db);
  return { requestId, loaders, services: createServices({ db, loaders }) };
}
