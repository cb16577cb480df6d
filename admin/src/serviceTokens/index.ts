/**
 * The service tokens resource (district integration): the district's tokens, one token's page
 * with revoke, and creating one whose token string is shown once. Tokens are not edited.
 */
import KeyIcon from '@mui/icons-material/Key';
import { ServiceTokenList } from './ServiceTokenList';
import { ServiceTokenShow } from './ServiceTokenShow';
import { ServiceTokenCreate } from './ServiceTokenCreate';

/** The service tokens resource: list, show, create and icon. */
export default { list: ServiceTokenList, show: ServiceTokenShow, create: ServiceTokenCreate, icon: KeyIcon };
