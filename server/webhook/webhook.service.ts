import { randomBytes } from 'node:crypto';
import { snapshot } from '../core/domain-events';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../core/errors';
import { isId } from '../core/ids';
import { Connection, OrderDirection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope, Place, Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { WebhookDelivery } from './webhook-delivery.entity';
import { DeliveryStatus } from './webhook-enums';
import {
  CreatedWebhookSubscription,
  CreateWebhookSubscriptionInput,
  UpdateWebhookSubscriptionInput,
  WebhookDeliveryFilter,
} from './webhook.inputs';
import { WebhookSubscription } from './webhook-subscription.entity';
import { refusedHost } from './url-policy';
import { QUEUE_DELIVERY_JOBS } from './outbox';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { WebhookLoaders } from './webhook.loaders';
import { webhookReasons } from './reasons';

/** What an audit entry shows of a subscription (never its secret). */
const AUDITED_FIELDS: (keyof WebhookSubscription)[] = ['districtId', 'url', 'events', 'active'];

/**
 * The URL as stored, or BAD_USER_INPUT on input.url: absolute http(s), no credentials, not a
 * link-local or unspecified address, nor loopback or private unless PINGYI_WEBHOOK_ALLOW_PRIVATE=1.
 */
export function checkedUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BadUserInputError(webhookReasons.urlAbsolute(), 'input.url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BadUserInputError(webhookReasons.urlScheme(), 'input.url');
  if (url.username || url.password) throw new BadUserInputError(webhookReasons.urlCredentials(), 'input.url');
  const refused = refusedHost(url.hostname);
  if (refused) throw new BadUserInputError(webhookReasons.urlRefused({ hostname: url.hostname, refused }), 'input.url');
  return url.toString();
}

/** The loaders this service reads. */
type WebhookServiceLoaders = WebhookLoaders;

/** The services this service calls (the composition root passes them). */
export interface WebhookDeps {
  districts: DistrictService;
}

/** Webhook subscriptions and their deliveries: managed by an ADMIN of the whole district. */
export class WebhookService extends RecordService<WebhookSubscription, WebhookServiceLoaders> {
  protected readonly typeName = 'WebhookSubscription';

  constructor(
    ctx: ServiceContext<WebhookServiceLoaders>,
    private readonly deps: WebhookDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.webhookSubscription;
  }

  protected async placeOf(subscription: WebhookSubscription): Promise<Place> {
    return { districtId: subscription.districtId, subdistrictId: null };
  }

  /** The caller, who must be an ADMIN of a whole district; FORBIDDEN otherwise. */
  private districtAdmin(what: string): Viewer {
    const viewer = this.viewer;
    if (viewer.role !== Role.ADMIN || viewer.subdistrictId)
      throw new ForbiddenError(webhookReasons.districtAdminOnly({ what }));
    return viewer;
  }

  /** One subscription by id (district ADMIN only); null when there is none in the caller's district. */
  override find(id: string): Promise<WebhookSubscription | null> {
    this.districtAdmin('read webhook subscriptions');
    return super.find(id);
  }

  /** A page of the subscriptions of the caller's district, newest first. */
  list(page: PageArgs): Promise<Connection<WebhookSubscription>> {
    const viewer = this.districtAdmin('list webhook subscriptions');
    const qb = limitToScope(
      this.ctx.db.getRepository(WebhookSubscription).createQueryBuilder('w'),
      viewer,
      'districtId',
    );
    return paginate(qb, page, [], { CREATED_AT: 'w.createdAt' }, [
      { field: 'CREATED_AT', direction: OrderDirection.DESC },
    ]);
  }

  /** Creates a subscription and returns its secret this once. BAD_USER_INPUT on input.url or an unknown district. */
  async create(input: CreateWebhookSubscriptionInput): Promise<CreatedWebhookSubscription> {
    const district = await this.deps.districts.referenced(input.districtId, 'input.districtId');
    const viewer = this.districtAdmin('create webhook subscriptions');
    assertMay(
      viewer,
      [Role.ADMIN],
      { districtId: district.id, subdistrictId: null },
      `create webhook subscriptions for ${district.name}`,
    );
    const url = checkedUrl(input.url);
    const secret = randomBytes(32).toString('hex');
    const webhookSubscription = await this.ctx.transaction(async ({ manager, record }) => {
      const repo = manager.getRepository(WebhookSubscription);
      const saved = await repo.save(
        repo.create({
          districtId: district.id,
          url,
          events: [...new Set(input.events)],
          secret,
          active: true,
          createdById: viewer.userId,
        }),
      );
      await record({
        actorId: viewer.userId,
        type: 'webhook_subscription.created',
        entityType: 'WebhookSubscription',
        entityId: saved.id,
        after: snapshot(saved, AUDITED_FIELDS),
      });
      return saved;
    });
    return { secret, webhookSubscription };
  }

  /**
   * Changes a subscription's `active` flag (pause/resume), URL or events (district ADMIN over it),
   * audited in the same transaction; resuming puts its PENDING deliveries back on the job queue. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.url.
   */
  async update(id: string, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    const subscription = await this.get(id);
    const viewer = this.districtAdmin('change webhook subscriptions');
    await this.assertAdminOver(subscription, 'change this webhook subscription');
    const before = snapshot(subscription, AUDITED_FIELDS);
    if (input.url != null) subscription.url = checkedUrl(input.url);
    if (input.events != null) subscription.events = [...new Set(input.events)];
    const resuming = input.active === true && !subscription.active;
    if (input.active != null) subscription.active = input.active;
    const saved = await this.ctx.transaction(async ({ manager, record }) => {
      const result = await manager.getRepository(WebhookSubscription).save(subscription);
      // A paused subscription's jobs ended without sending: its pending deliveries go back on the queue.
      if (resuming)
        await manager.query(
          `WITH ids AS (SELECT id FROM webhook_delivery WHERE subscription_id = $1 AND status = $2) ${QUEUE_DELIVERY_JOBS}`,
          [id, DeliveryStatus.PENDING],
        );
      await record({
        actorId: viewer.userId,
        type: 'webhook_subscription.updated',
        entityType: 'WebhookSubscription',
        entityId: id,
        before,
        after: snapshot(result, AUDITED_FIELDS),
      });
      return result;
    });
    this.loader.clear(id);
    return saved;
  }

  /**
   * Queues a FAILED or DELIVERED delivery again as a new series of attempts under the same id
   * (district ADMIN over its subscription), with a new job on the queue; `attempts` keeps counting. NOT_FOUND; FORBIDDEN;
   * CONFLICT while it is still PENDING.
   */
  async redeliver(id: string): Promise<WebhookDelivery> {
    const repo = this.ctx.db.getRepository(WebhookDelivery);
    const delivery = isId(id) ? await repo.findOneBy({ id }) : null;
    const subscription = delivery ? await this.find(delivery.subscriptionId) : null;
    if (!delivery || !subscription) throw new NotFoundError('WebhookDelivery', id);
    const viewer = this.districtAdmin('redeliver webhook deliveries');
    await this.assertAdminOver(subscription, 'redeliver this webhook delivery');
    return this.ctx.transaction(async ({ manager, record }) => {
      // The row and its new job on the queue, in one statement.
      const rows: unknown[] = await manager.query(
        `WITH ids AS (
           UPDATE webhook_delivery SET status = $2, series_attempts = 0, next_attempt_at = now()
            WHERE id = $1 AND status IN ($3, $4) RETURNING id)
         ${QUEUE_DELIVERY_JOBS}`,
        [id, DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.DELIVERED],
      );
      if (rows.length === 0) throw new ConflictError(webhookReasons.stillPending());
      await record({
        actorId: viewer.userId,
        type: 'webhook_delivery.redelivered',
        entityType: 'WebhookDelivery',
        entityId: id,
        before: { status: delivery.status, attempts: delivery.attempts },
      });
      return manager.getRepository(WebhookDelivery).findOneByOrFail({ id });
    });
  }

  /** Deletes a subscription with its deliveries (district ADMIN over it). NOT_FOUND. */
  async delete(id: string): Promise<string> {
    const subscription = await this.get(id);
    const viewer = this.districtAdmin('delete webhook subscriptions');
    await this.assertAdminOver(subscription, 'delete this webhook subscription');
    await this.ctx.transaction(async ({ manager, record }) => {
      await manager.getRepository(WebhookSubscription).delete({ id });
      await record({
        actorId: viewer.userId,
        type: 'webhook_subscription.deleted',
        entityType: 'WebhookSubscription',
        entityId: id,
        before: snapshot(subscription, AUDITED_FIELDS),
      });
    });
    this.loader.clear(id);
    return id;
  }

  /** A page of a subscription's deliveries, newest first (district ADMIN over it). NOT_FOUND. */
  async deliveries(
    subscriptionId: string,
    filter: WebhookDeliveryFilter | undefined,
    page: PageArgs,
  ): Promise<Connection<WebhookDelivery>> {
    const subscription = await this.get(subscriptionId);
    await this.assertAdminOver(subscription, 'read these webhook deliveries');
    const qb = this.ctx.db
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .where('d.subscriptionId = :sid', { sid: subscription.id });
    if (filter?.status) qb.andWhere('d.status = :status', { status: filter.status });
    return paginate(qb, page, [], { CREATED_AT: 'd.createdAt' }, [
      { field: 'CREATED_AT', direction: OrderDirection.DESC },
    ]);
  }
}
