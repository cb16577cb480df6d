/**
 * One residents' convention (docs/rules.md rule 14): its building and households, its versions latest
 * first (the OPEN one with its live count and household codes), a new version when none is open,
 * the breaches recorded against it, and the printable convention.
 */
import { useState } from 'react';
import { Show, TopToolbar, useCanAccess, useCreatePath, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List as MuiList,
  ListItemButton,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import PrintIcon from '@mui/icons-material/Print';
import { useProviderQuery, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import { ConventionVersionCard } from './ConventionVersionCard';

/** Print the convention. */
function ConventionActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <TopToolbar>
      {record ? (
        <Button startIcon={<PrintIcon />} href={`#/buildingConventions/${encodeURIComponent(String(record.id))}/sheet`}>
          {translate('pingyi.selfgov.print')}
        </Button>
      ) : null}
    </TopToolbar>
  );
}

/** The new-version button and its dialog, starting from the latest text. */
function AddVersionButton({
  conventionId,
  latestText,
  onAdded,
}: {
  conventionId: string;
  latestText: string;
  onAdded: () => void;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(latestText);
  const [tried, setTried] = useState(false);
  const adding = useWorkflow((dp, id: string, value: string) => dp.addConventionVersion(id, value), {
    success: 'pingyi.selfgov.convention.versionAdded',
    onSuccess: () => {
      setOpen(false);
      onAdded();
    },
  });
  const empty = !saysSomething(text);
  return (
    <>
      <Button
        startIcon={<AddIcon />}
        onClick={() => {
          setText(latestText);
          setTried(false);
          setOpen(true);
        }}
      >
        {translate('pingyi.selfgov.convention.addVersion')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth aria-labelledby="add-version-title">
        <DialogTitle id="add-version-title">{translate('pingyi.selfgov.convention.addVersionTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('resources.buildingConventions.fields.text')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={8}
            fullWidth
            sx={{ mt: 1 }}
            error={tried && empty}
            helperText={tried && empty ? translate('pingyi.selfgov.convention.textRequired') : ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={adding.isPending}
            onClick={() => {
              setTried(true);
              if (!empty) void adding.run(conventionId, text.trim());
            }}
          >
            {translate('pingyi.selfgov.convention.addVersion')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** The breaches recorded against the convention, and recording one. */
function ConventionBreaches({ conventionId, inEffect }: { conventionId: string; inEffect: boolean }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'conventionBreaches', action: 'create' });
  const breaches = useGetList('conventionBreaches', {
    filter: { conventionId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'occurredOn', order: 'DESC' },
  });
  const rows = breaches.data ?? [];
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2">
        {translate('pingyi.selfgov.convention.breaches')}
      </Typography>
      {rows.length === 0 ? <Typography color="text.secondary">{translate('pingyi.selfgov.none')}</Typography> : null}
      <MuiList dense>
        {rows.map((b) => (
          <ListItemButton
            key={b.id}
            component={Link}
            to={createPath({ resource: 'conventionBreaches', id: b.id, type: 'show' })}
          >
            <ListItemText primary={`${b.occurredOn} ${b.description}`} />
          </ListItemButton>
        ))}
      </MuiList>
      {inEffect && canAccess ? (
        <Button
          component={Link}
          startIcon={<AddIcon />}
          to={{
            pathname: '/conventionBreaches/create',
            search: `?source=${encodeURIComponent(JSON.stringify({ conventionId }))}`,
          }}
        >
          {translate('pingyi.selfgov.convention.recordBreach')}
        </Button>
      ) : null}
    </Box>
  );
}

/** The convention's content, read with its versions. */
function ConventionPage() {
  const record = useRecordContext();
  const translate = useTranslate();
  const id = record ? String(record.id) : '';
  const { canAccess } = useCanAccess({ resource: 'buildingConventions', action: 'manage' });
  const page = useProviderQuery(['buildingConventions', id, 'page'], record ? (dp) => dp.conventionPage(id) : null);
  const convention = page.data;
  if (!convention) return page.loading ? <LinearProgress /> : null;
  const versions = [...convention.versions].sort((a, b) => b.number - a.number);
  const hasOpen = versions.some((v) => v.status === 'OPEN');
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Typography variant="h5" component="h1">
        {convention.title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {convention.building.neighborhood.name} · {convention.building.name} ·{' '}
        {translate('resources.buildings.fields.households')} {convention.building.households}
      </Typography>
      {versions.map((version) => (
        <ConventionVersionCard
          key={version.id}
          conventionId={convention.id}
          title={convention.title}
          version={version}
          reload={page.reload}
        />
      ))}
      {!hasOpen && canAccess ? (
        <AddVersionButton conventionId={convention.id} latestText={versions[0]?.text ?? ''} onAdded={page.reload} />
      ) : null}
      <ConventionBreaches conventionId={convention.id} inEffect={!!convention.effectiveVersion} />
    </Box>
  );
}

/** The convention's page. */
export const ConventionShow = () => (
  <Show actions={<ConventionActions />}>
    <ConventionPage />
  </Show>
);
