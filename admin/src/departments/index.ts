/** The departments resource (区职能部门, "条"). */
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { DepartmentList } from './DepartmentList';
import { DepartmentShow } from './DepartmentShow';
import { DepartmentCreate, DepartmentEdit } from './DepartmentEdit';

export default {
  list: DepartmentList,
  show: DepartmentShow,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: AccountBalanceIcon,
};
