/**
 * Creating a service token for a district system: purpose, scopes from the allowed set and an
 * expiry within a year. The token string comes back this once and is shown in a dialog with a
 * copy button; it goes straight from the API to the dialog, never into React-Admin's cache.
 */
import { useState } from 'react';
import { CheckboxGroupInput, Create, DateInput, SimpleForm, TextInput, required, useNavigate } from 'react-admin';
import { enumChoices } from '../common/enums';
import { nameRules } from '../common/validation';
import { DistrictAdminOnly, FixedDistrict, useSubmitErrors } from './districtAdmin';
import { SecretDialog } from './SecretDialog';
import { useWorkflow } from '../common/providerHooks';
import type { FieldValues } from 'react-hook-form';

/** `YYYY-MM-DD` of the local day `days` from today. */
function dayFromToday(days: number, years = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + years);
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last day a new token may run to: a day short of a year, so its end stays within a year. */
const lastDay = () => dayFromToday(-1, 1);

/** Expiry: after today, at most {@link lastDay}. */
const expiryRules = [
  required(),
  (value: unknown) => {
    const day = String(value ?? '');
    return day && (day <= dayFromToday(0) || day > lastDay())
      ? { message: 'pingyi.governance.token.expiresRange', args: { max: lastDay() } }
      : undefined;
  },
];
/** At least one scope. */
const scopeRules = [
  (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'pingyi.governance.token.scopesRequired'),
];

/** The form and, once created, the dialog with the token string. */
function TokenForm({ districtId }: { districtId: string }) {
  const navigate = useNavigate();
  const submitErrors = useSubmitErrors({ expiresAt: 'expiresOn' });
  const [created, setCreated] = useState<{ id: string; token: string } | null>(null);
  const creating = useWorkflow(
    (dp, values: FieldValues) =>
      // The token stops at the end of the chosen local day.
      dp.createServiceToken({
        name: String(values.name).trim(),
        districtId,
        scopes: values.scopes,
        expiresAt: new Date(`${values.expiresOn}T23:59:59`).toISOString(),
      }),
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
      <SimpleForm onSubmit={save} defaultValues={{ scopes: [], expiresOn: dayFromToday(90) }}>
        <FixedDistrict resource="serviceTokens" districtId={districtId} />
        <TextInput
          source="name"
          validate={nameRules}
          helperText="pingyi.governance.token.help.name"
          sx={{ minWidth: { md: 480 } }}
        />
        <CheckboxGroupInput
          source="scopes"
          choices={enumChoices('IntegrationScope')}
          row={false}
          validate={scopeRules}
          helperText="pingyi.governance.token.help.scopes"
        />
        <DateInput source="expiresOn" validate={expiryRules} helperText="pingyi.governance.token.help.expiresOn" />
      </SimpleForm>
      <SecretDialog
        title="pingyi.governance.token.secretTitle"
        warning="pingyi.governance.token.secretWarning"
        label="pingyi.governance.token.secretLabel"
        hint="pingyi.governance.token.usage"
        secret={created?.token ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          navigate(id ? `/serviceTokens/${encodeURIComponent(id)}/show` : '/serviceTokens');
        }}
      />
    </>
  );
}

/** The create page of a service token (ADMIN of a whole district). */
export const ServiceTokenCreate = () => (
  <Create title="pingyi.governance.token.create">
    <DistrictAdminOnly>{(districtId) => <TokenForm districtId={districtId} />}</DistrictAdminOnly>
  </Create>
);
