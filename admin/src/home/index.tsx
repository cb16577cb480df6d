/**
 * The admin's home page (React-Admin's dashboard): one per role, chosen from the signed-in user's
 * role (authProvider.getPermissions).
 */
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { OfficialHome } from './OfficialHome';
import { AdminHome, AssessorHome, ChairHome, RepresentativeHome } from './RoleHomes';

/** The home of each role. */
const HOMES: Record<string, () => React.JSX.Element> = {
  ADMIN: AdminHome,
  CHAIR: ChairHome,
  REPRESENTATIVE: RepresentativeHome,
  ASSESSOR: AssessorHome,
  OFFICIAL: OfficialHome,
};

/** The dashboard: a greeting and the signed-in role's home. */
export function Home() {
  const translate = useTranslate();
  const { permissions } = usePermissions<string>();
  const { identity } = useGetIdentity();
  const RoleHome = permissions ? HOMES[permissions] : undefined;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('pingyi.home.title')} />
      <Typography variant="h5" component="h1">
        {translate('pingyi.home.greeting', { name: identity?.fullName ?? '' })}
      </Typography>
      {RoleHome ? <RoleHome /> : null}
    </Box>
  );
}
