/**
 * The annual assessments resource (年度考核, docs/rules.md rules 10 and 11): list with bulk finalising,
 * show with the parts, override and finalise, and create (assess an official for a year).
 */
import AssessmentIcon from '@mui/icons-material/Assessment';
import { AssessmentList } from './AssessmentList';
import { AssessmentShow } from './AssessmentShow';
import { AssessmentCreate } from './AssessmentCreate';

export default { list: AssessmentList, show: AssessmentShow, create: AssessmentCreate, icon: AssessmentIcon };
