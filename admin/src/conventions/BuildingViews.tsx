/**
 * Buildings of a neighborhood with their number of households (docs/rules.md rule 14): list, record,
 * change the households (an OPEN convention version then counts on the new number; the server
 * refuses fewer households than its live codes on `input.households`), and a building's page with
 * its conventions.
 */
import {
  Create,
  CreateButton,
  Edit,
  List,
  NumberField,
  NumberInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  minValue,
  required,
  useCreatePath,
  useGetList,
  useRecordContext,
  useTranslate,
  Labeled,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { List as MuiList, ListItemButton, ListItemText, Typography } from '@mui/material';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField, NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';

const householdRules = [required(), minValue(1)];

/** Buildings with their neighborhood and households. */
export const BuildingList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <TextField source="name" />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" sortable={false} />
      <NumberField source="households" />
    </ListGrid>
  </List>
);

/** Records a building. */
export const BuildingCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="neighborhoodId" reference="neighborhoods" validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(100), requiredText]} />
      <NumberInput source="households" validate={householdRules} step={1} />
    </SimpleForm>
  </Create>
);

/** Changes a building's name or households. */
export const BuildingEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={[required(), maxLength(100), requiredText]} />
      <NumberInput source="households" validate={householdRules} step={1} />
    </SimpleForm>
  </Edit>
);

/** The building's conventions, each linking to its page. */
function BuildingConventions(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const conventions = useGetList(
    'buildingConventions',
    { filter: { buildingId: record?.id }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!record },
  );
  const rows = conventions.data ?? [];
  if (rows.length === 0) return <Typography color="text.secondary">{translate('pingyi.selfgov.none')}</Typography>;
  return (
    <MuiList dense>
      {rows.map((c) => (
        <ListItemButton
          key={c.id}
          component={Link}
          to={createPath({ resource: 'buildingConventions', id: c.id, type: 'show' })}
        >
          <ListItemText primary={c.title} />
        </ListItemButton>
      ))}
    </MuiList>
  );
}

/** A building's page. */
export const BuildingShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
      <NumberField source="households" />
      <Labeled label="resources.buildingConventions.name" fullWidth>
        <BuildingConventions />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
