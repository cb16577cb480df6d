/**
 * The pieces every role's home is made of: a card with a title, a count or a list, and one large
 * button to the screen where the work is done (at least 48 px high, for a tablet in a meeting).
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';

/** One card of a home: `title`, its content, and a large button to `to` when given. */
export function HomeCard(props: {
  title: string;
  children?: ReactNode;
  to?: string;
  action?: string;
  testId?: string;
}) {
  return (
    <Card variant="outlined" data-testid={props.testId} sx={{ minWidth: 260, flex: '1 1 260px' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {props.title}
        </Typography>
        {props.children}
      </CardContent>
      {props.to ? (
        <CardActions>
          <Button component={Link} to={props.to} variant="contained" size="large" sx={{ minHeight: 48, fontSize: 18 }}>
            {props.action}
          </Button>
        </CardActions>
      ) : null}
    </Card>
  );
}

/** A count in large figures, or "loading" while it is read. */
export function Count({ total }: { total: number | undefined }) {
  const translate = useTranslate();
  return (
    <Typography variant="h3" component="p">
      {total === undefined ? translate('pingyi.home.loading') : total}
    </Typography>
  );
}

/** The cards of a home, side by side where there is room, one under another on a phone. */
export function HomeCards({ children }: { children: ReactNode }) {
  return <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 16 }}>{children}</div>;
}
