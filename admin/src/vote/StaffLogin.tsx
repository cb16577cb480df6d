/**
 * The staff's sign-in page (`#/login`): React-Admin's own form, and a link to the residents'
 * representatives' sign-in (`/vote/#/vote/login`, the residents' small entry).
 */
import { Link } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** React-Admin's login page with the way to the representatives' sign-in. */
export function StaffLogin() {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm />
      <Link href="/vote/#/vote/login" sx={{ display: 'block', textAlign: 'center', fontSize: '1rem', pb: 2, px: 2 }}>
        {translate('pingyi.vote.signIn.representatives')}
      </Link>
    </Login>
  );
}
