/**
 * Creating and editing an official (docs/rules.md rule 3): an agency head belongs to a dispatched
 * agency, a civil servant or community worker to an office; a community worker may serve a
 * neighborhood. The subdistrict (街道) is picked first and narrows those choices; picking another
 * one clears them, so moving an official to another 街道 means picking an office or agency there.
 * The 街道 is sent with the rest, and Pingyi refuses an office or agency outside it.
 */
import { Create, Edit, SelectInput, SimpleForm, TextInput, required, type RaRecord } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
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
    agencyId: head ? (data.agencyId ?? null) : null,
    officeId: head ? null : (data.officeId ?? null),
    neighborhoodId: data.category === COMMUNITY_WORKER ? (data.neighborhoodId ?? null) : null,
  };
}

/** The office or agency (and neighborhood) inputs the chosen category calls for. */
const UnitInputs = () => {
  const category = useWatch({ name: 'category' });
  if (!category) return null;
  return (
    <>
      {category === AGENCY_HEAD ? (
        <ScopedReferenceInput
          source="agencyId"
          reference="dispatchedAgencies"
          scope="subdistrictId"
          validate={required()}
        />
      ) : (
        <ScopedReferenceInput source="officeId" reference="offices" scope="subdistrictId" validate={required()} />
      )}
      {category === COMMUNITY_WORKER ? (
        <ScopedReferenceInput source="neighborhoodId" reference="neighborhoods" scope="subdistrictId" />
      ) : null}
    </>
  );
};

/** The units that lie in a 街道: picking another 街道 clears them. */
const UNITS_IN_SUBDISTRICT = ['officeId', 'agencyId', 'neighborhoodId'] as const;

/** The 街道 picker; a change clears the office, agency and neighborhood picked in the old one. */
const SubdistrictInput = () => {
  const { setValue } = useFormContext();
  // Called when the user picks (or clears) a 街道, never when the form loads its record.
  const clearUnits = () => {
    for (const unit of UNITS_IN_SUBDISTRICT) setValue(unit, null, { shouldDirty: true });
  };
  return (
    <NameReferenceInput
      source="subdistrictId"
      reference="subdistricts"
      helperText="pingyi.help.subdistrictPicker"
      onChange={clearUnits}
    />
  );
};

const OfficialForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={nameRules} />
    <SelectInput
      source="category"
      choices={enumChoices('OfficialCategory')}
      validate={required()}
      helperText="pingyi.help.officialUnit"
    />
    <TextInput source="title" validate={optionalText} />
    <SubdistrictInput />
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
