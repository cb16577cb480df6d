/** The subdistricts resource (街道, 镇, 乡). */
import ApartmentIcon from '@mui/icons-material/Apartment';
import { SubdistrictList } from './SubdistrictList';
import { SubdistrictShow } from './SubdistrictShow';
import { SubdistrictCreate, SubdistrictEdit } from './SubdistrictEdit';

export default {
  list: SubdistrictList,
  show: SubdistrictShow,
  edit: SubdistrictEdit,
  create: SubdistrictCreate,
  icon: ApartmentIcon,
};
