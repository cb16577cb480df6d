/**
 * The residents' matters resource (诉求, docs/rules.md rule 13): each office's queue (overdue first, due
 * time counted down in working days), the matter page with its timeline and the workflow dialogs,
 * and the receive form. The monthly ranking and the resident's page are routes of their own
 * (MatterRanking.tsx, ResidentMatter.tsx).
 */
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { MatterList } from './MatterList';
import { MatterShow } from './MatterShow';
import { MatterCreate } from './MatterCreate';

/** The matters resource: queue, page, receive form and icon. */
export default {
  list: MatterList,
  show: MatterShow,
  create: MatterCreate,
  icon: RecordVoiceOverIcon,
};
