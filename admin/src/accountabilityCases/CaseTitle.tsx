/** A case's page title: 责任追究：the official's name（the year）, e.g. 责任追究：严文昊（2026）. */
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';

/** The title of the case in context: the resource's name, the official by name and the year. */
export const CaseTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.accountabilityCases.name', { smart_count: 1 })}
      {record ? '：' : null}
      {record ? (
        <ReferenceField source="officialId" reference="officials" link={false}>
          <TextField source="name" variant="inherit" />
        </ReferenceField>
      ) : null}
      {record?.year ? `（${record.year}）` : null}
    </span>
  );
};
