/** A case's state as a chip: 办理中 (orange) or 已办结 (blue). */
import type { FieldProps } from 'react-admin';
import { EnumChipField } from './EnumChipField';

const COLORS = { OPEN: 'warning', CONCLUDED: 'info' } as const;

/** Shows `status` (AccountabilityStatus) of the case in context. */
export const CaseStatusField = (props: FieldProps) => (
  <EnumChipField {...props} enumName="AccountabilityStatus" colors={COLORS} />
);
