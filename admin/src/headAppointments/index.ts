/**
 * The agency-head appointments resource (征得同意权, docs/rules.md rule 2): the list of proposals and
 * decisions, a proposal's page with the subdistrict's consent or refusal, and proposing a head.
 * Appointments are not edited: a decision is final. `AgencyHeadPanel` shows an agency's heads.
 */
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { HeadAppointmentList } from './HeadAppointmentList';
import { HeadAppointmentShow } from './HeadAppointmentShow';
import { HeadAppointmentCreate } from './HeadAppointmentCreate';

/** An agency's current head and history, for the agency's page. */
export { AgencyHeadPanel } from './AgencyHeadPanel';

/** The head appointments resource: list, show, create (propose) and icon. */
export default {
  list: HeadAppointmentList,
  show: HeadAppointmentShow,
  create: HeadAppointmentCreate,
  icon: HowToRegIcon,
};
