/**
 * Creating and editing an official (DESIGN rule 3): an agency head belongs to a dispatched
 * agency, a civil servant or community worker to an office; a community worker may serve a
 * neighborhood. The subdistrict picker only narrows the choices; Pingyi derives the official's
 * subdistrict from the office or agency.
 */
import { Create, Edit, SelectInput, SimpleForm, TextInput, required, type RaRecord } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { nameRules, optionalText } from '../common/validation';

const AGENCY_HEAD = 'AGENCY_HEAD';
const COMMUNITY_WORKER = 'COMMUNITY_WORKER';

/** Keeps only the unit fields the category uses, so a changed category clears the others. */
export function keepCategoryUnits(data: RaRecord): RaRecord {
  const head = data.category === AGENCY_HEAD;
  return {
    ...data,
    agencyId: head ? data.agencyId ?? null : null,
    officeId: head ? null : data.officeId ?? null,
    neighborhoodId: data.category === COMMUNITY_WORKER ? data.neighborhoodId ?? null : null,
  };
}

/** The office or agency (and neighborhood) inputs the chosen category calls for. */
const UnitInputs = () => {
  const category = useWatch({ name: 'category' });
  if (!category) return null;
  return (
    <>
      {category === AGENCY_HEAD ? (
        <ScopedReferenceInput source="agencyId" reference="dispatchedAgencies" scope="subdistrictId" validate={required()} />
      ) : (
        <ScopedReferenceInput source="officeId" reference="offices" scope="subdistrictId" validate={required()} />
      )}
      {category === COMMUNITY_WORKER ? <ScopedReferenceInput source="neighborhoodId" reference="neighborhoods" scope="subdistrictId" /> : null}
    </>
  );
};

const OfficialForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={nameRules} />
    <SelectInput source="category" choices={enumChoices('OfficialCategory')} validate={required()} helperText="pingyi.help.officialUnit" />
    <TextInput source="title" validate={optionalText} />
    <NameReferenceInput source="subdistrictId" reference="subdistricts" helperText="pingyi.help.subdistrictPicker" />
    <UnitInputs />
    <TextInput source="externalId" validate={optionalText} />
  </SimpleForm>
);

/** Edits an official; switching between office and agency clears the other. */
export const OfficialEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={keepCategoryUnits}>
    <OfficialForm />
  </Edit>
);

/** Creates an official. */
export const OfficialCreate = () => (
  <Create redirect="show" transform={keepCategoryUnits}>
    <OfficialForm />
  </Create>
);
