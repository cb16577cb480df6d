/**
 * The frame of the representatives' screens: full screen without the admin's menu, a plain header
 * with the product name, the larger-text switch (largeText.tsx) and the screen's own actions, and a centred column for a 1024×768 tablet
 * that narrows to a phone 320 px wide without scrolling sideways.
 */
import type { ReactNode } from 'react';
import { AppBar, Box, Toolbar, Typography } from '@mui/material';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { useTranslate } from 'react-admin';
import { LargeTextSwitch } from './largeText';

/** Props of {@link VoteFrame}. */
export interface VoteFrameProps {
  /** Buttons at the right of the header. */
  actions?: ReactNode;
  children: ReactNode;
}

/** Header and content column of a voting screen. */
export function VoteFrame({ actions, children }: VoteFrameProps) {
  const translate = useTranslate();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
      <AppBar position="sticky" color="primary" elevation={1}>
        <Toolbar sx={{ minHeight: 64, gap: { xs: 1, sm: 1.5 }, px: { xs: 1.5, sm: 2 } }}>
          <HowToVoteIcon sx={{ display: { xs: 'none', sm: 'block' } }} />
          <Typography
            variant="h6"
            component="div"
            noWrap
            sx={{ flex: 1, minWidth: 0, fontSize: { xs: '1.125rem', sm: '1.375rem' } }}
          >
            {translate('pingyi.vote.title')}
          </Typography>
          <LargeTextSwitch />
          {actions}
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        sx={{ maxWidth: 980, mx: 'auto', p: { xs: 1, sm: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}
      >
        {children}
      </Box>
    </Box>
  );
}
