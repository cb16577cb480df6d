/**
 * Subscribing a URL to the district's events (`meeting.closed`, `assessment.finalized`). The
 * signing secret comes back this once and is shown in a dialog with a copy button; it goes
 * straight from the API to the dialog, never into React-Admin's cache.
 */
import { useState } from 'react';
import { CheckboxGroupInput, Create, SimpleForm, TextInput, maxLength, required, useNavigate } from 'react-admin';
import { enumChoices } from '../common/enums';
import { DistrictAdminOnly, FixedDistrict, useSubmitErrors } from '../serviceTokens/districtAdmin';
import { SecretDialog } from '../serviceTokens/SecretDialog';
import { useWorkflow } from '../common/providerHooks';
import type { FieldValues } from 'react-hook-form';

/** An absolute http(s) URL without user name or password (the server checks it again). */
function httpUrl(value: unknown) {
  if (!value) return undefined;
  try {
    const url = new URL(String(value).trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password
      ? undefined
      : 'pingyi.governance.webhook.urlInvalid';
  } catch {
    return 'pingyi.governance.webhook.urlInvalid';
  }
}

const urlRules = [required(), maxLength(2000), httpUrl];
const eventRules = [
  (value: unknown) =>
    Array.isArray(value) && value.length > 0 ? undefined : 'pingyi.governance.webhook.eventsRequired',
];

/** The form and, once created, the dialog with the signing secret. */
function WebhookForm({ districtId }: { districtId: string }) {
  const navigate = useNavigate();
  const submitErrors = useSubmitErrors({});
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const creating = useWorkflow(
    (dp, values: FieldValues) =>
      dp.createWebhookSubscription({ districtId, url: String(values.url).trim(), events: values.events }),
    { report: false },
  );
  const save = async (values: FieldValues) => {
    try {
      setCreated((await creating.run(values)) ?? null);
      return undefined;
    } catch (error) {
      return submitErrors(error);
    }
  };
  return (
    <>
      <SimpleForm onSubmit={save} defaultValues={{ events: ['MEETING_CLOSED', 'ASSESSMENT_FINALIZED'] }}>
        <FixedDistrict resource="webhookSubscriptions" districtId={districtId} />
        <TextInput
          source="url"
          type="url"
          validate={urlRules}
          helperText="pingyi.governance.webhook.help.url"
          sx={{ minWidth: { md: 560 } }}
        />
        <CheckboxGroupInput
          source="events"
          choices={enumChoices('WebhookEvent')}
          row={false}
          validate={eventRules}
          helperText="pingyi.governance.webhook.help.events"
        />
      </SimpleForm>
      <SecretDialog
        title="pingyi.governance.webhook.secretTitle"
        warning="pingyi.governance.webhook.secretWarning"
        label="pingyi.governance.webhook.secretLabel"
        secret={created?.secret ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          navigate(id ? `/webhookSubscriptions/${encodeURIComponent(id)}/show` : '/webhookSubscriptions');
        }}
      />
    </>
  );
}

/** The create page of a webhook subscription (ADMIN of a whole district). */
export const WebhookCreate = () => (
  <Create title="pingyi.governance.webhook.create">
    <DistrictAdminOnly>{(districtId) => <WebhookForm districtId={districtId} />}</DistrictAdminOnly>
  </Create>
);
