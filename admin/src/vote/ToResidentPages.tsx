/**
 * The admin's old addresses of the residents' pages (`/admin/#/vote/code` on printed slips,
 * `/admin/#/matter/<code>` in messages, …) lead to the same route of their own small entry,
 * `/vote/#/vote/code`, replacing the address so that Back does not return to the admin.
 */
import { useEffect } from 'react';
import { LinearProgress } from '@mui/material';

/** Replaces the page with /vote/ at the same hash route. */
export function ToResidentPages() {
  useEffect(() => {
    window.location.replace(`/vote/${window.location.hash}`);
  }, []);
  return <LinearProgress />;
}
