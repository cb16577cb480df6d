/**
 * One version of a convention (docs/rules.md rule 14): its number, status and text, its count against
 * two thirds (live while OPEN; once in effect against the households it took effect on), and
 * for an OPEN version the committee's actions: issue household codes (then their slips print),
 * void the unused ones, withdraw the version.
 */
import { useEffect, useState } from 'react';
import {
  Button,
  Card,
  CardActions,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Alert,
  TextField,
  Typography,
} from '@mui/material';
import QrCode2Icon from '@mui/icons-material/QrCode2';
import { useCanAccess, useNavigate, useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import type { ConventionVersionFieldsFragment } from '../gql/graphql';
import { ConventionProgress, useConventionTally } from './ConventionProgress';
import { rememberHouseholdCodes } from './householdCodes';

/** Props of {@link ConventionVersionCard}. */
export interface VersionCardProps {
  conventionId: string;
  title: string;
  version: ConventionVersionFieldsFragment;
  /** Reads the convention's page again (a version took effect, codes were issued, …). */
  reload: () => void;
}

/** The issue-codes button of an OPEN version and its dialog: the codes go to the slips page, shown once. */
function IssueCodesButton({ conventionId, title, version }: VersionCardProps) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState(String(Math.max(1, version.households - version.codesIssued)));
  const issuing = useWorkflow((dp, versionId: string, n: number) => dp.issueHouseholdCodes(versionId, n), {
    success: (data) => ({ message: 'pingyi.selfgov.convention.issued', args: { count: data.codes.length } }),
    onSuccess: (data) => {
      rememberHouseholdCodes(
        conventionId,
        `${title}（${translate('pingyi.selfgov.convention.version', { number: version.number })}）`,
        data.codes,
      );
      navigate(`/buildingConventions/${encodeURIComponent(conventionId)}/slips`);
    },
  });
  const n = Number(count);
  const valid = Number.isInteger(n) && n >= 1;
  return (
    <>
      <Button variant="contained" startIcon={<QrCode2Icon />} onClick={() => setOpen(true)} sx={{ minHeight: 40 }}>
        {translate('pingyi.selfgov.convention.issue')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        maxWidth="xs"
        fullWidth
        aria-labelledby="issue-household-codes-title"
      >
        <DialogTitle id="issue-household-codes-title">{translate('pingyi.selfgov.convention.issueTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('pingyi.selfgov.convention.issueNote')}
          </Alert>
          <TextField
            label={translate('resources.buildingConventions.fields.count')}
            type="number"
            value={count}
            onChange={(event) => setCount(event.target.value)}
            slotProps={{ htmlInput: { min: 1, step: 1 } }}
            error={!valid}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!valid || issuing.isPending}
            onClick={() => void issuing.run(version.id, n)}
          >
            {translate('pingyi.selfgov.convention.issue')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** One version's card. */
export function ConventionVersionCard(props: VersionCardProps) {
  const { version, reload } = props;
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'buildingConventions', action: 'manage' });
  const isOpen = version.status === 'OPEN';
  const live = useConventionTally(version.id, isOpen);
  const tally = live.data ?? version;
  // An OPEN version that took effect (or was withdrawn) meanwhile: read the convention again.
  useEffect(() => {
    if (isOpen && live.data && live.data.status !== 'OPEN') reload();
  }, [isOpen, live.data, reload]);
  const voiding = useWorkflow((dp, versionId: string) => dp.voidUnusedHouseholdCodes(versionId), {
    success: (data) => ({ message: 'pingyi.selfgov.convention.voided', args: { count: data.voided } }),
    onSuccess: reload,
  });
  const withdrawing = useWorkflow((dp, versionId: string) => dp.withdrawConventionVersion(versionId), {
    success: 'pingyi.selfgov.convention.withdrawn',
    onSuccess: reload,
  });
  const shown =
    version.status === 'EFFECTIVE' && version.householdsAtEffect != null
      ? { ...tally, households: version.householdsAtEffect }
      : tally;
  return (
    <Card variant="outlined" data-testid={`convention-version-${version.number}`} sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h3">
          {translate('pingyi.selfgov.convention.version', { number: version.number })}
        </Typography>
        <ConventionProgress tally={shown} live={isOpen} />
        {version.effectiveAt ? (
          <Typography variant="body2" color="success.main">
            {translate('pingyi.selfgov.convention.effectiveSince', {
              date: new Date(version.effectiveAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }),
              households: version.householdsAtEffect ?? version.households,
            })}
          </Typography>
        ) : null}
        {isOpen ? (
          <Typography variant="body2" color="text.secondary">
            {translate('pingyi.selfgov.convention.codesIssued', { count: version.codesIssued })}
          </Typography>
        ) : null}
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', mt: 1.5 }} data-testid="convention-text">
          {version.text}
        </Typography>
      </CardContent>
      {isOpen && canAccess ? (
        <CardActions sx={{ flexWrap: 'wrap', gap: 1 }}>
          <IssueCodesButton {...props} />
          <Button disabled={voiding.isPending} onClick={() => void voiding.run(version.id)}>
            {translate('pingyi.selfgov.convention.voidUnused')}
          </Button>
          <Button color="error" disabled={withdrawing.isPending} onClick={() => void withdrawing.run(version.id)}>
            {translate('pingyi.selfgov.convention.withdraw')}
          </Button>
        </CardActions>
      ) : null}
    </Card>
  );
}
