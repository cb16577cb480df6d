/**
 * What the district-level screens (service tokens, webhooks) share: the signed-in user's district,
 * shown as a fixed reference, or a note when the user's scope is not a whole district (only ADMINs
 * reach these screens, access.ts); and turning a BAD_USER_INPUT of the API into a form-field error.
 */
import type { ReactNode } from 'react';
import { Alert } from '@mui/material';
import { Labeled, Loading, useTranslate } from 'react-admin';
import { NameReferenceField } from '../common/references';
import { errorCode, errorField, errorMessage, useProviderQuery, useReportError } from '../common/providerHooks';

/** Props of {@link DistrictAdminOnly}: renders `children(districtId)` for a district ADMIN. */
export interface DistrictAdminOnlyProps {
  children: (districtId: string) => ReactNode;
}

/** Loads `me` and renders the children with the user's district, or a note when the user's scope is one subdistrict. */
export function DistrictAdminOnly({ children }: DistrictAdminOnlyProps) {
  const translate = useTranslate();
  const { data: me, error } = useProviderQuery(['users', 'me'], (dp) => dp.me());
  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if (!me) return <Loading />;
  if (me.subdistrictId) {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('pingyi.governance.token.onlyDistrictAdmin')}
      </Alert>
    );
  }
  return <>{children(me.districtId)}</>;
}

/** The district a new token or webhook belongs to (the user's own), labelled like the resource's field. */
export function FixedDistrict({ resource, districtId }: { resource: string; districtId: string }) {
  return (
    <Labeled label={`resources.${resource}.fields.districtId`}>
      <NameReferenceField
        source="districtId"
        reference="districts"
        record={{ id: districtId, districtId }}
        link={false}
      />
    </Labeled>
  );
}

/**
 * Returns a handler for a failed create: a BAD_USER_INPUT naming `input.<field>` becomes the
 * form's error on `fields[field]` (returned for React-Admin's form), anything else a notification.
 */
export function useSubmitErrors(
  fields: Record<string, string>,
): (error: unknown) => Record<string, string> | undefined {
  const reportError = useReportError();
  return (error: unknown) => {
    const field = /^input\.(\w+)/.exec(errorField(error) ?? '')?.[1];
    const formField = field ? (fields[field] ?? field) : null;
    if (errorCode(error) === 'BAD_USER_INPUT' && formField) {
      const message = errorMessage(error);
      return { [formField]: message.replace(/^input\.\w+: /, '') };
    }
    reportError(error);
    return undefined;
  };
}
