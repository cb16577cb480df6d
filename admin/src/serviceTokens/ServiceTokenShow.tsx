/** One service token: purpose, district, scopes, expiry, last use, revocation; revoke from its toolbar. */
import { Labeled, Show, SimpleShowLayout, TextField, TopToolbar, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { DateTimeField } from '../common/DateTimeField';
import { NameReferenceField } from '../common/references';
import { RevokeTokenButton } from './RevokeTokenButton';
import { EnumListField, TokenStateField } from './tokenFields';

/** Revoke, while the token is not revoked. */
const TokenShowActions = () => (
  <TopToolbar>
    <RevokeTokenButton />
  </TopToolbar>
);

/** How a district system sends the token. */
function UsageHint(_: { label?: false }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('pingyi.governance.token.usage')}
    </Typography>
  );
}

/** The token's record (never the token string: Pingyi keeps only its hash). */
export const ServiceTokenShow = () => (
  <Show actions={<TokenShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <NameReferenceField source="districtId" reference="districts" />
      <Labeled source="active">
        <TokenStateField />
      </Labeled>
      <Labeled source="scopes">
        <EnumListField source="scopes" enumName="IntegrationScope" />
      </Labeled>
      <DateTimeField source="expiresAt" />
      <DateTimeField source="lastUsedAt" emptyText="pingyi.governance.token.never" />
      <DateTimeField source="revokedAt" emptyText="—" />
      <DateTimeField source="createdAt" />
      <UsageHint label={false} />
    </SimpleShowLayout>
  </Show>
);
