/**
 * The works projects resource (实事工程, docs/rules.md rule 14): list, record one, and its page with its
 * hearings and the "mark started" action.
 */
import ConstructionIcon from '@mui/icons-material/Construction';
import { WorksProjectCreate, WorksProjectList } from './WorksProjectList';
import { WorksProjectShow } from './WorksProjectShow';

/** The works projects resource: list, show, create and icon. */
export default { list: WorksProjectList, show: WorksProjectShow, create: WorksProjectCreate, icon: ConstructionIcon };
