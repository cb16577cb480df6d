/**
 * The accountability cases resource (责任追究, docs/rules.md rule 9): list, show with the conclude action,
 * open a case, and edit while it is OPEN.
 */
import GavelIcon from '@mui/icons-material/Gavel';
import { AccountabilityCaseList } from './AccountabilityCaseList';
import { AccountabilityCaseShow } from './AccountabilityCaseShow';
import { AccountabilityCaseCreate, AccountabilityCaseEdit } from './AccountabilityCaseEdit';

/** The accountability cases resource: list, show, edit, create and icon. */
export default {
  list: AccountabilityCaseList,
  show: AccountabilityCaseShow,
  edit: AccountabilityCaseEdit,
  create: AccountabilityCaseCreate,
  icon: GavelIcon,
};
