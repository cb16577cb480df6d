/**
 * The petition agency resource (信访代理, docs/rules.md rule 14): list, take one up, edit it while open,
 * and its page with the rounds of talks, the conclusion or withdrawal and the printable record.
 */
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { PetitionCreate, PetitionEdit } from './PetitionForm';
import { PetitionList } from './PetitionList';
import { PetitionShow } from './PetitionShow';

/** The petitions resource: list, show, create, edit and icon. */
export default {
  list: PetitionList,
  show: PetitionShow,
  create: PetitionCreate,
  edit: PetitionEdit,
  icon: SupportAgentIcon,
};
