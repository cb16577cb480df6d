/**
 * Receiving a matter (首接负责, docs/rules.md rule 13): the 街道, the office or agency that receives it
 * (and owns it from now on), type, channel, title, description, place, neighborhood and the
 * reporter. The resident's tracking code comes back this once and is shown in a dialog, never
 * cached; closing it opens the matter's page.
 */
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  Create,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useNavigate,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { useProviderQuery, useWorkflow } from '../common/providerHooks';
import { requiredText } from '../common/validation';
import { useSubmitErrors } from '../serviceTokens/districtAdmin';
import { SecretDialog } from '../serviceTokens/SecretDialog';
import type { ReceiveMatterInput } from '../gql/graphql';

const titleRules = [required(), maxLength(200), requiredText];
const textRules = [required(), maxLength(4000), requiredText];

/** The receiving office or agency of the chosen 街道, as `office:<id>` or `agency:<id>`. */
function ReceiverInput() {
  const subdistrictId = useWatch({ name: 'subdistrictId' }) as string | undefined;
  const targets = useProviderQuery(
    ['matters', 'targets', subdistrictId],
    subdistrictId ? (dp) => dp.matterTargets(subdistrictId) : null,
  );
  const choices = (targets.data ?? []).map((t) => ({ id: `${t.kind}:${t.id}`, name: t.name }));
  return (
    <SelectInput
      source="receiver"
      label="pingyi.matters.receive.receiver"
      helperText="pingyi.matters.receive.receiverHelp"
      choices={choices}
      validate={required()}
      disabled={!subdistrictId}
      translateChoice={false}
      sx={{ minWidth: 280 }}
    />
  );
}

/** The form's values as `receiveMatter` takes them. */
function toInput(values: Record<string, unknown>): ReceiveMatterInput {
  const [kind, id] = String(values.receiver).split(':');
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return {
    subdistrictId: String(values.subdistrictId),
    ...(kind === 'office' ? { receiverOfficeId: id } : { receiverAgencyId: id }),
    neighborhoodId: values.neighborhoodId ? String(values.neighborhoodId) : undefined,
    type: values.type as ReceiveMatterInput['type'],
    channel: values.channel as ReceiveMatterInput['channel'],
    title: String(values.title).trim(),
    description: String(values.description).trim(),
    place: text(values.place),
    reporterName: text(values.reporterName),
    reporterPhone: text(values.reporterPhone),
  };
}

/** The receive form and the tracking-code dialog. */
export const MatterCreate = () => {
  const navigate = useNavigate();
  const translate = useTranslate();
  const submitErrors = useSubmitErrors({ receiverOfficeId: 'receiver', receiverAgencyId: 'receiver' });
  const [received, setReceived] = useState<{ id: string; trackingCode: string } | null>(null);
  const receiving = useWorkflow((dp, values: Record<string, unknown>) => dp.receiveMatter(toInput(values)), {
    report: false,
  });
  const save = async (values: Record<string, unknown>) => {
    try {
      setReceived((await receiving.run(values)) ?? null);
      return undefined;
    } catch (error) {
      return submitErrors(error);
    }
  };
  return (
    <Create title={translate('pingyi.matters.receive.title')}>
      <SimpleForm onSubmit={save} defaultValues={{ type: 'COMPLAINT', channel: 'COUNTER' }}>
        <NameReferenceInput source="subdistrictId" reference="subdistricts" validate={required()} />
        <ReceiverInput />
        <SelectInput source="type" choices={enumChoices('MatterType')} validate={required()} />
        <SelectInput source="channel" choices={enumChoices('MatterChannel')} validate={required()} />
        <TextInput source="title" validate={titleRules} sx={{ minWidth: { md: 480 } }} />
        <TextInput source="description" validate={textRules} multiline minRows={3} fullWidth />
        <TextInput source="place" validate={maxLength(200)} sx={{ minWidth: { md: 480 } }} />
        <ScopedReferenceInput source="neighborhoodId" reference="neighborhoods" scope="subdistrictId" />
        <TextInput source="reporterName" validate={maxLength(100)} />
        <TextInput source="reporterPhone" type="tel" validate={maxLength(32)} />
      </SimpleForm>
      <SecretDialog
        title="pingyi.matters.receive.codeTitle"
        warning="pingyi.matters.receive.codeNote"
        label="pingyi.matters.receive.codeLabel"
        secret={received?.trackingCode ?? null}
        onClose={() => {
          const id = received?.id;
          setReceived(null);
          navigate(id ? `/matters/${encodeURIComponent(id)}/show` : '/matters');
        }}
      />
    </Create>
  );
};
