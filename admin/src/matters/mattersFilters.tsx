/** Filters of the matter queue (`MatterFilter`): owning office or agency, status, overdue, type and the month received. */
import { NullableBooleanInput, SelectArrayInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput } from '../common/references';

/** The queue's filters. */
export const mattersFilters = [
  <NameReferenceInput key="ownerOfficeId" source="ownerOfficeId" reference="offices" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('MatterStatus')} alwaysOn />,
  <NullableBooleanInput key="overdue" source="overdue" alwaysOn />,
  <NameReferenceInput key="ownerAgencyId" source="ownerAgencyId" reference="dispatchedAgencies" />,
  <SelectArrayInput key="type" source="type" choices={enumChoices('MatterType')} />,
  <TextInput key="month" source="month" type="month" slotProps={{ inputLabel: { shrink: true } }} />,
  <NullableBooleanInput key="runAround" source="runAround" />,
];
