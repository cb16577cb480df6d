/** The neighborhoods resource (居民区 / 居委会, 村委会). */
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { NeighborhoodList } from './NeighborhoodList';
import { NeighborhoodShow } from './NeighborhoodShow';
import { NeighborhoodCreate, NeighborhoodEdit } from './NeighborhoodEdit';

export default {
  list: NeighborhoodList,
  show: NeighborhoodShow,
  edit: NeighborhoodEdit,
  create: NeighborhoodCreate,
  icon: HomeWorkIcon,
};
