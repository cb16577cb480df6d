/**
 * The steps a matter allows now (docs/rules.md rule 13), as buttons that open their dialogs: respond,
 * transfer, ask for an extension and resolve while it is open; the PARTY_GOVERNMENT office's
 * decisions on an extension or the owner of an escalated matter; the owner's appeal of a
 * rectification and its decision. Each button shows only to roles access.ts lets act; the API
 * still checks that the user acts for the owning office (FORBIDDEN NOT_OWNER otherwise).
 */
import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import type { MatterPageFieldsFragment } from '../gql/graphql';
import type { MatterDecisionStep, MatterMoveStep, MatterTextStep } from '../dataProvider/matters';
import { DecisionStepDialog, TextStepDialog } from './MatterStepDialogs';
import { TransferDialog } from './TransferDialog';

type Step = MatterTextStep | MatterDecisionStep | MatterMoveStep;

const OPEN = ['RECEIVED', 'IN_PROGRESS'];

/** The steps the matter's state allows, in the order they are shown. */
export function availableSteps(matter: MatterPageFieldsFragment): Step[] {
  const open = OPEN.includes(matter.status);
  const steps: [Step, boolean][] = [
    // A later response replaces the text; the first one's time stays (the API keeps it).
    ['respond', open],
    ['transfer', open],
    ['requestExtension', open && matter.type === 'COMPLEX' && !matter.extensionStatus],
    ['decideExtension', matter.extensionStatus === 'PENDING'],
    ['decideOwner', matter.status === 'ESCALATED'],
    ['resolve', open || matter.status === 'RECTIFYING'],
    // An appeal while the rectification runs or after it was resolved, once (the API's rule).
    [
      'appeal',
      ['RECTIFYING', 'RESOLVED'].includes(matter.status) && !!matter.rectificationDueAt && !matter.appealStatus,
    ],
    ['decideAppeal', matter.appealStatus === 'PENDING'],
  ];
  return steps.filter(([, allowed]) => allowed).map(([step]) => step);
}

const TEXT_STEPS: readonly Step[] = ['respond', 'resolve', 'requestExtension', 'appeal'];
const DECISION_STEPS: readonly Step[] = ['decideExtension', 'decideAppeal'];

/** One step's button, shown when access.ts lets the user's role take it. */
function StepButton({ step, onOpen }: { step: Step; onOpen: (step: Step) => void }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'matters', action: step });
  if (!canAccess) return null;
  return (
    <Button
      variant={step === 'resolve' || step === 'decideOwner' ? 'contained' : 'outlined'}
      size="small"
      onClick={() => onOpen(step)}
      data-step={step}
    >
      {translate(`pingyi.matters.actions.${step}`)}
    </Button>
  );
}

/** The buttons and the dialog of the step opened. */
export function MatterActions({ matter }: { matter: MatterPageFieldsFragment }) {
  const [opened, setOpened] = useState<Step | null>(null);
  const close = () => setOpened(null);
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {availableSteps(matter).map((step) => (
        <StepButton key={step} step={step} onOpen={setOpened} />
      ))}
      {opened && TEXT_STEPS.includes(opened) ? (
        <TextStepDialog step={opened as MatterTextStep} matterId={matter.id} open onClose={close} />
      ) : null}
      {opened && DECISION_STEPS.includes(opened) ? (
        <DecisionStepDialog step={opened as MatterDecisionStep} matterId={matter.id} open onClose={close} />
      ) : null}
      {opened === 'transfer' || opened === 'decideOwner' ? (
        <TransferDialog step={opened} matter={matter} open onClose={close} />
      ) : null}
    </Stack>
  );
}
