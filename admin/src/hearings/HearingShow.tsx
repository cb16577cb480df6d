/**
 * One decision hearing (docs/rules.md rule 14): its project, day, people and construction period, the
 * questions with their answers (or "awaiting an answer"), the outcome with its reasons once
 * recorded, the action recording it, and the printable record.
 */
import {
  DateField,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Button, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { HearingOutcomeButton } from './HearingOutcomeDialog';

/** Print, and recording the outcome while there is none. */
function HearingActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ gap: 1 }}>
      {record ? (
        <Button startIcon={<PrintIcon />} href={`#/hearings/${encodeURIComponent(String(record.id))}/sheet`}>
          {translate('pingyi.selfgov.print')}
        </Button>
      ) : null}
      <HearingOutcomeButton />
    </TopToolbar>
  );
}

/** A list of names, one line. */
function NamesField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const names = (record?.[source] ?? []) as string[];
  return <Typography variant="body2">{names.length ? names.join('、') : '—'}</Typography>;
}

/** The questions with their answers, numbered. */
function QuestionsField(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const questions = (record?.questions ?? []) as {
    askedBy: string;
    question: string;
    answer: string | null;
    answeredBy: string | null;
  }[];
  if (questions.length === 0)
    return <Typography color="text.secondary">{translate('pingyi.selfgov.hearing.noQuestions')}</Typography>;
  return (
    <Stack component="ol" spacing={1.5} sx={{ pl: 3, m: 0 }} data-testid="hearing-questions">
      {questions.map((q, i) => (
        <li key={i}>
          <Typography variant="body2">
            <strong>{q.askedBy}</strong>：{q.question}
          </Typography>
          <Typography
            variant="body2"
            color={q.answer ? 'text.primary' : 'warning.main'}
            sx={{ whiteSpace: 'pre-wrap' }}
          >
            {q.answer
              ? `${translate('resources.hearings.fields.answer')}${q.answeredBy ? `（${q.answeredBy}）` : ''}：${q.answer}`
              : translate('pingyi.selfgov.hearing.unanswered')}
          </Typography>
        </li>
      ))}
    </Stack>
  );
}

/** The hearing's page. */
export const HearingShow = () => (
  <Show actions={<HearingActions />}>
    <SimpleShowLayout>
      <NameReferenceField source="projectId" reference="worksProjects" />
      <DateField source="heldOn" />
      <TextField source="presenter" />
      <TextField source="chairName" />
      <DateField source="constructionStartsOn" />
      <DateField source="constructionEndsOn" />
      <Labeled source="representatives">
        <NamesField source="representatives" />
      </Labeled>
      <Labeled source="departmentHeads">
        <NamesField source="departmentHeads" />
      </Labeled>
      <Labeled source="questions">
        <QuestionsField />
      </Labeled>
      <SelectField source="outcome" choices={enumChoices('HearingOutcome')} emptyText="—" />
      <TextField source="outcomeReasons" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateTimeField source="decidedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
