/**
 * Code splitting for the admin: screens and charts the first screen does not show (the charts and
 * their recharts library, the voting screens, the printable sheets, the assessment overview) are
 * built into chunks of their own and fetched the first time they are rendered.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LinearProgress } from '@mui/material';

/**
 * A component whose module is fetched on first render: `load` resolves to the component (usually
 * a named export, `() => import('./Chart').then((m) => m.Chart)`). Until it has arrived the
 * wrapper shows `fallback` (a thin progress bar unless given), e.g. a box of the chart's height so
 * the page does not jump.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = <LinearProgress />,
): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  const Wrapped = (props: P) => (
    <Suspense fallback={fallback}>
      <Loaded {...props} />
    </Suspense>
  );
  return Wrapped;
}
