/** The rating templates resource (评议模板: criteria scored 1–5 with weights summing to 100, docs/rules.md rule 6). */
import RuleIcon from '@mui/icons-material/Rule';
import { TemplateList } from './TemplateList';
import { TemplateShow } from './TemplateShow';
import { TemplateCreate, TemplateEdit } from './TemplateEdit';

export default { list: TemplateList, show: TemplateShow, edit: TemplateEdit, create: TemplateCreate, icon: RuleIcon };
