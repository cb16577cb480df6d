/**
 * One annual assessment: whose and which year, its state, the three parts with their sources,
 * the score 0–100, the computed grade, an override with its written reason and the grade that
 * counts; the toolbar overrides and finalises (see AssessmentActions).
 */
import type { ReactNode } from 'react';
import { Labeled, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { LinearProgress, Stack } from '@mui/material';
import { DateTimeField } from '../common/DateTimeField';
import { NameReferenceField } from '../common/references';
import { useProviderQuery } from '../common/providerHooks';
import { AssessmentParts } from '../assessments/AssessmentParts';
import { AssessmentStatusField, EffectiveGradeField, GradeField, RedLineMarker } from '../assessments/chips';
import { AssessmentActions } from './AssessmentActions';

/** Fields side by side (`label={false}`: the layout adds no label of its own). */
function Row({ children }: { children: ReactNode; label?: false }) {
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
      {children}
    </Stack>
  );
}

/** The parts with their sources, loaded with the panels' scores (reloaded after every change). */
function PartsPanel(_: { label?: false }) {
  const record = useRecordContext();
  const id = record ? String(record.id) : '';
  const query = useProviderQuery(
    ['annualAssessments', id, 'detail', record?.updatedAt],
    id ? (dp) => dp.assessmentDetail(id) : null,
  );
  if (query.loading && !query.data) return <LinearProgress />;
  return query.data ? <AssessmentParts assessment={query.data} /> : null;
}

/** The red-line marker when the year was breached. */
function BreachMarker(_: { label?: false }) {
  const record = useRecordContext();
  return <RedLineMarker breached={!!record?.redLineBreached} />;
}

const score = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** The assessment's page. */
export const AssessmentShow = () => (
  <Show actions={<AssessmentActions />}>
    <SimpleShowLayout>
      <Row label={false}>
        <Labeled source="officialId">
          <NameReferenceField source="officialId" reference="officials" />
        </Labeled>
        <Labeled source="subdistrictId">
          <ReferenceField source="officialId" reference="officials" link={false}>
            <NameReferenceField source="subdistrictId" reference="subdistricts" />
          </ReferenceField>
        </Labeled>
        <Labeled source="year">
          <NumberField source="year" options={{ useGrouping: false }} />
        </Labeled>
        <Labeled source="status">
          <AssessmentStatusField source="status" />
        </Labeled>
        <BreachMarker label={false} />
      </Row>
      <PartsPanel label={false} />
      <Row label={false}>
        <Labeled source="score">
          <NumberField source="score" options={score} emptyText="—" sx={{ fontSize: '1.25rem', fontWeight: 600 }} />
        </Labeled>
        <Labeled source="computedGrade">
          <GradeField source="computedGrade" />
        </Labeled>
        <Labeled source="overrideGrade">
          <GradeField source="overrideGrade" />
        </Labeled>
        <Labeled source="grade">
          <EffectiveGradeField source="grade" />
        </Labeled>
      </Row>
      <TextField source="overrideReason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <Row label={false}>
        <Labeled source="finalizedAt">
          <DateTimeField source="finalizedAt" emptyText="—" />
        </Labeled>
        <Labeled source="updatedAt">
          <DateTimeField source="updatedAt" />
        </Labeled>
      </Row>
    </SimpleShowLayout>
  </Show>
);
