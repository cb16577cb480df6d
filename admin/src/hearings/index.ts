/**
 * The decision hearings resource (决策听证会, docs/rules.md rule 14): list, record one before a works
 * project with its questions, and its page with the answers, the outcome and the printable record.
 */
import ForumIcon from '@mui/icons-material/Forum';
import { HearingCreate } from './HearingCreate';
import { HearingList } from './HearingList';
import { HearingShow } from './HearingShow';

/** The hearings resource: list, show, create and icon. */
export default { list: HearingList, show: HearingShow, create: HearingCreate, icon: ForumIcon };
