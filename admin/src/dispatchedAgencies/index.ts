/** The dispatched agencies resource (派出机构, "七所八所"). */
import LocalPoliceIcon from '@mui/icons-material/LocalPolice';
import { DispatchedAgencyList } from './DispatchedAgencyList';
import { DispatchedAgencyShow } from './DispatchedAgencyShow';
import { DispatchedAgencyCreate, DispatchedAgencyEdit } from './DispatchedAgencyEdit';

export default {
  list: DispatchedAgencyList,
  show: DispatchedAgencyShow,
  edit: DispatchedAgencyEdit,
  create: DispatchedAgencyCreate,
  icon: LocalPoliceIcon,
};
