/** The webhook subscriptions of the user's district (district ADMIN), newest first. */
import { BooleanField, CreateButton, List, TextField, TopToolbar, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { DistrictAdminOnly } from '../serviceTokens/districtAdmin';
import { EnumListField } from '../serviceTokens/tokenFields';

/** Create a subscription. */
const WebhookListActions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton label={translate('pingyi.governance.webhook.create')} />
    </TopToolbar>
  );
};

/** Subscriptions with their URL, events and whether they are active, a row opening its deliveries; a note for anyone but a district ADMIN. */
export const WebhookList = () => <DistrictAdminOnly>{() => <SubscriptionList />}</DistrictAdminOnly>;

/** The list itself. */
const SubscriptionList = () => (
  <List actions={<WebhookListActions />} perPage={25} pagination={<ListPagination />} exporter={false}>
    <ListGrid bulkActionButtons={false}>
      <TextField source="url" sortable={false} />
      <EnumListField source="events" enumName="WebhookEvent" sortable={false} />
      <BooleanField source="active" sortable={false} />
      <DateTimeField source="createdAt" sortable={false} />
    </ListGrid>
  </List>
);
