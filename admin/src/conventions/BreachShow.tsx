/**
 * One breach of a convention (docs/rules.md rule 14): what happened, whether public property was
 * damaged (then it escalated to a resident's matter, linked here), and the follow-ups of the residents' committee, the
 * owners' committee and the property company, with one more added here.
 */
import { useState } from 'react';
import {
  BooleanField,
  DateField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert, Button, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { useProviderQuery, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { BreachFollowUpParty } from '../gql/graphql';

/** The follow-ups so far and a form for the next. */
function FollowUps(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const id = record ? String(record.id) : '';
  const { canAccess } = useCanAccess({ resource: 'conventionBreaches', action: 'followUp' });
  const page = useProviderQuery(['conventionBreaches', id, 'page'], record ? (dp) => dp.breachPage(id) : null);
  const [party, setParty] = useState<BreachFollowUpParty>('RESIDENTS_COMMITTEE');
  const [action, setAction] = useState('');
  const [tried, setTried] = useState(false);
  const adding = useWorkflow((dp, input: Parameters<typeof dp.followUpBreach>[0]) => dp.followUpBreach(input), {
    success: 'pingyi.selfgov.breach.followedUp',
    onSuccess: () => {
      setAction('');
      setTried(false);
      page.reload();
    },
  });
  const followUps = page.data?.followUps ?? [];
  const empty = !saysSomething(action);
  return (
    <Stack spacing={1}>
      {followUps.length === 0 ? (
        <Typography color="text.secondary">{translate('pingyi.selfgov.none')}</Typography>
      ) : null}
      {followUps.map((f) => (
        <Typography key={f.id} variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          <strong>{translate(`pingyi.enums.BreachFollowUpParty.${f.party}`)}</strong>：{f.action}
        </Typography>
      ))}
      {canAccess ? (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
          <MuiTextField
            select
            label={translate('resources.conventionBreaches.fields.party')}
            value={party}
            onChange={(event) => setParty(event.target.value as BreachFollowUpParty)}
            sx={{ minWidth: 160 }}
          >
            {enumChoices('BreachFollowUpParty').map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </MuiTextField>
          <MuiTextField
            label={translate('resources.conventionBreaches.fields.action')}
            value={action}
            onChange={(event) => setAction(event.target.value)}
            multiline
            fullWidth
            error={tried && empty}
            helperText={tried && empty ? translate('pingyi.selfgov.breach.actionRequired') : ' '}
          />
          <Button
            variant="contained"
            disabled={adding.isPending}
            sx={{ minHeight: 48, whiteSpace: 'nowrap' }}
            onClick={() => {
              setTried(true);
              if (!empty) void adding.run({ breachId: id, party, action: action.trim() });
            }}
          >
            {translate('pingyi.selfgov.breach.followUp')}
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}

/** Says that a breach damaging public property is handled as a case. */
function Escalated() {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.publicPropertyDamaged ? (
    <Alert severity="warning">{translate('pingyi.selfgov.breach.escalated')}</Alert>
  ) : null;
}

/** The breach's page. */
export const BreachShow = () => (
  <Show>
    <SimpleShowLayout>
      <Escalated />
      <NameReferenceField source="conventionId" reference="buildingConventions" />
      <DateField source="occurredOn" />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
      <BooleanField source="publicPropertyDamaged" />
      <NameReferenceField source="matterId" reference="matters" />
      <Labeled source="followUps" fullWidth>
        <FollowUps />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
