import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { WebhookSubscription } from './webhook-subscription.entity';

/** This request's webhook subscription loader, limited to the caller's district. */
export function createWebhookLoaders(db: DataSource, viewer: Viewer | null) {
  return { webhookSubscription: byIdLoader(db, WebhookSubscription, scopeFilter(viewer, 'districtId')) };
}

/** The webhook loaders, for services that declare them. */
export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
