/** The districts resource (区). */
import MapIcon from '@mui/icons-material/Map';
import { DistrictList } from './DistrictList';
import { DistrictShow } from './DistrictShow';
import { DistrictCreate, DistrictEdit } from './DistrictEdit';

export default { list: DistrictList, show: DistrictShow, edit: DistrictEdit, create: DistrictCreate, icon: MapIcon };
