/** An appointment's page title: 负责人任命：the candidate's name. */
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';

/** The title of the appointment in context: the resource's name and the candidate by name. */
export const AppointmentTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.headAppointments.name', { smart_count: 1 })}
      {record ? '：' : null}
      {record ? (
        <ReferenceField source="officialId" reference="officials" link={false}>
          <TextField source="name" variant="inherit" />
        </ReferenceField>
      ) : null}
    </span>
  );
};
