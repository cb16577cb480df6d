/** The service tokens of the user's district (district ADMIN), newest first: purpose, scopes, expiry, last use and state. */
import {
  CreateButton,
  List,
  NullableBooleanInput,
  TextField,
  TopToolbar,
  WrapperField,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { DistrictAdminOnly } from './districtAdmin';
import { RevokeTokenButton } from './RevokeTokenButton';
import { EnumListField, TokenStateField } from './tokenFields';

/** `active`: true lists the tokens that still work, false those that no longer do. */
const tokenFilters = [
  <NullableBooleanInput
    key="active"
    source="active"
    alwaysOn
    trueLabel="pingyi.governance.token.active"
    falseLabel="pingyi.governance.token.inactive"
  />,
];

/** Create a token. */
const TokenListActions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton label={translate('pingyi.governance.token.create')} />
    </TopToolbar>
  );
};

/** Tokens with their state and a revoke button per row (the token strings are never listed); a note for anyone but a district ADMIN. */
export const ServiceTokenList = () => <DistrictAdminOnly>{() => <TokenList />}</DistrictAdminOnly>;

/** The list itself. */
const TokenList = () => (
  <List
    filters={tokenFilters}
    actions={<TokenListActions />}
    perPage={25}
    pagination={<ListPagination />}
    exporter={false}
  >
    <ListGrid bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <EnumListField source="scopes" enumName="IntegrationScope" sortable={false} />
      <DateTimeField source="expiresAt" sortable={false} />
      <DateTimeField source="lastUsedAt" sortable={false} emptyText="—" />
      <DateTimeField source="revokedAt" sortable={false} emptyText="—" />
      <WrapperField source="active" sortable={false}>
        <TokenStateField />
      </WrapperField>
      <RevokeTokenButton />
    </ListGrid>
  </List>
);
