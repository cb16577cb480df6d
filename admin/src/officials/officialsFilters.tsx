/** Filters of the official list: name, district, subdistrict, category, office, agency, external id. */
import { SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The official list's filters (`OfficialFilter`); each picker follows the one before it. */
export const officialsFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <ScopedReferenceInput
    key="subdistrictId"
    source="subdistrictId"
    reference="subdistricts"
    scope="districtId"
    alwaysOn
  />,
  <SelectInput key="category" source="category" choices={enumChoices('OfficialCategory')} />,
  <ScopedReferenceInput key="officeId" source="officeId" reference="offices" scope="subdistrictId" />,
  <ScopedReferenceInput key="agencyId" source="agencyId" reference="dispatchedAgencies" scope="subdistrictId" />,
  <ScopedReferenceInput key="neighborhoodId" source="neighborhoodId" reference="neighborhoods" scope="subdistrictId" />,
  <TextInput key="externalId" source="externalId" />,
];
