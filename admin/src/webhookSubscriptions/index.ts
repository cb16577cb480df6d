/**
 * The webhooks resource (district integration): the district's subscriptions, one subscription's
 * page with its deliveries and delete, and subscribing a URL whose signing secret is shown once.
 * Subscriptions are not edited.
 */
import WebhookIcon from '@mui/icons-material/Webhook';
import { WebhookList } from './WebhookList';
import { WebhookShow } from './WebhookShow';
import { WebhookCreate } from './WebhookCreate';

/** The webhooks resource: list, show, create and icon. */
export default { list: WebhookList, show: WebhookShow, create: WebhookCreate, icon: WebhookIcon };
