/** The list of accountability cases (责任追究, docs/rules.md rule 9) in the user's scope, latest opened first. */
import {
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  SelectField,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { accountabilityCasesFilters } from './accountabilityCasesFilters';
import { CaseStatusField } from './caseStatus';
import { YesNoField } from './EnumChipField';

/** Filter, export, and opening a case for assessors and admins (the button asks access.ts). */
const CaseListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Cases with their official, year, state, handler, summary and outcome (when concluded is on the case's page). */
export const AccountabilityCaseList = () => (
  <List
    filters={accountabilityCasesFilters}
    actions={<CaseListActions />}
    sort={{ field: 'openedAt', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <NameReferenceField source="officialId" reference="officials" sortable={false} />
      <NumberField source="year" options={{ useGrouping: false }} />
      <CaseStatusField source="status" />
      <SelectField source="handledBy" choices={enumChoices('AccountabilityHandler')} sortable={false} />
      <TextField
        source="summary"
        sortable={false}
        sx={{
          display: 'inline-block',
          maxWidth: 240,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          verticalAlign: 'bottom',
        }}
      />
      <YesNoField source="breachConfirmed" sortable={false} />
      <DateTimeField source="openedAt" />
    </ListGrid>
  </List>
);
