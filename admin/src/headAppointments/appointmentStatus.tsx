/** An appointment's state as a chip: 待决定 (orange), 已同意 (green), 不同意 (red). */
import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../accountabilityCases/EnumChipField';

const COLORS = { PROPOSED: 'warning', CONSENTED: 'success', REFUSED: 'error' } as const;

/** Shows `status` (HeadAppointmentStatus) of the appointment in context. */
export const AppointmentStatusField = (props: FieldProps) => (
  <EnumChipField {...props} enumName="HeadAppointmentStatus" colors={COLORS} />
);
