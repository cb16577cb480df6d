/** One webhook subscription: URL, events, state, and its deliveries; pause, resume or delete from its toolbar. */
import {
  BooleanField,
  DeleteWithConfirmButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { NameReferenceField } from '../common/references';
import { EnumListField } from '../serviceTokens/tokenFields';
import { DeliveriesPanel } from './DeliveriesPanel';
import { ToggleActiveButton } from './WebhookButtons';

/** Pause or resume; delete, after a confirmation (its deliveries go with it). */
const WebhookShowActions = () => (
  <TopToolbar>
    <ToggleActiveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </TopToolbar>
);

/** The subscription's record (never its secret) and its deliveries (a wide table scrolls in its own frame, never the page). */
export const WebhookShow = () => (
  <Show actions={<WebhookShowActions />} sx={{ '& .RaShow-main, & .RaShow-card': { minWidth: 0 } }}>
    <SimpleShowLayout>
      <TextField source="url" />
      <NameReferenceField source="districtId" reference="districts" />
      <Labeled source="events">
        <EnumListField source="events" enumName="WebhookEvent" />
      </Labeled>
      <BooleanField source="active" />
      <DateTimeField source="createdAt" />
      <DeliveriesPanel label={false} />
    </SimpleShowLayout>
  </Show>
);
