/** The officials resource (人员): the people who are evaluated. */
import BadgeIcon from '@mui/icons-material/Badge';
import { OfficialList } from './OfficialList';
import { OfficialShow } from './OfficialShow';
import { OfficialCreate, OfficialEdit } from './OfficialEdit';

export default { list: OfficialList, show: OfficialShow, edit: OfficialEdit, create: OfficialCreate, icon: BadgeIcon };
