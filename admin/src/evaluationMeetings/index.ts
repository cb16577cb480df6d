/**
 * The evaluation meetings resource (政务评议会, docs/rules.md rules 4–7): list, show (the chair's meeting
 * room), create and edit while DRAFT; the printable slips (BallotSlips.tsx) and result sheet
 * (ResultSheet.tsx) are custom routes, fetched when first opened (see App.tsx).
 */
import EventNoteIcon from '@mui/icons-material/EventNote';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';
import { MeetingCreate, MeetingEdit } from './MeetingEdit';

export default { list: MeetingList, show: MeetingShow, edit: MeetingEdit, create: MeetingCreate, icon: EventNoteIcon };
