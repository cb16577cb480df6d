/**
 * The evaluation meetings resource (政务评议会, DESIGN rules 4–7): list, show (the chair's meeting
 * room), create and edit while DRAFT; the printable slips and result sheet are custom routes
 * (see App.tsx).
 */
import EventNoteIcon from '@mui/icons-material/EventNote';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';
import { MeetingCreate, MeetingEdit } from './MeetingEdit';

export { BallotSlips } from './BallotSlips';
export { ResultSheet } from './ResultSheet';

export default { list: MeetingList, show: MeetingShow, edit: MeetingEdit, create: MeetingCreate, icon: EventNoteIcon };
