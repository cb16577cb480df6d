/**
 * The matter queue (诉求, docs/rules.md rule 13): matters in the user's scope, overdue first and then
 * by due time (the API's default order), each with its status, working days left and the
 * run-around flag; filter by owner to see one office's queue.
 */
import {
  CreateButton,
  FilterButton,
  Link,
  List,
  SelectField,
  TextField,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { Button } from '@mui/material';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListAside, ListGrid, ListPagination } from '../common/ListGrid';
import { mattersFilters } from './mattersFilters';
import { MatterStateField } from './matterChips';

/** Filter, receive a matter (access.ts), and the monthly ranking. */
function MatterListActions() {
  const translate = useTranslate();
  const ranking = useCanAccess({ resource: 'matterRanking', action: 'list' }).canAccess;
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton label="pingyi.matters.receive.title" />
      {ranking ? (
        <Button component={Link} to="/matter-ranking" size="small" startIcon={<LeaderboardIcon />}>
          {translate('pingyi.ranking.title')}
        </Button>
      ) : null}
    </TopToolbar>
  );
}

/** The queue: no sort of its own, so the API's queue order (overdue first, then due time) applies. */
export const MatterList = () => (
  <List
    filters={mattersFilters}
    actions={<MatterListActions />}
    sort={{ field: 'queue', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
    exporter={false}
    aside={<ListAside />}
  >
    <ListGrid
      bulkActionButtons={false}
      phone={{
        primaryText: (r) => r.title,
        secondaryText: <MatterStateField label="resources.matters.fields.status" />,
      }}
    >
      <TextField source="title" sortable={false} />
      <SelectField source="type" choices={enumChoices('MatterType')} sortable={false} />
      <MatterStateField label="resources.matters.fields.status" sortable={false} />
      <TextField source="ownerName" sortable={false} />
      <DateTimeField source="receivedAt" sortable={false} />
      <DateTimeField source="dueAt" sortable={false} />
    </ListGrid>
  </List>
);
