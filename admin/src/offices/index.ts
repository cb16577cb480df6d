/** The offices resource (内设机构: six standard offices and up to two self-designated work bodies). */
import WorkIcon from '@mui/icons-material/Work';
import { OfficeList } from './OfficeList';
import { OfficeShow } from './OfficeShow';
import { OfficeCreate, OfficeEdit } from './OfficeEdit';

export default { list: OfficeList, show: OfficeShow, edit: OfficeEdit, create: OfficeCreate, icon: WorkIcon };
