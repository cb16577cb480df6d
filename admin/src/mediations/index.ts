/**
 * The mediation meetings resource (矛盾协调会, docs/rules.md rule 14): list, record one with its parties
 * and departments, edit it while open, and its page with the conclusion (the women's director
 * required when family is involved), the court's confirmation and the printable record.
 */
import HandshakeIcon from '@mui/icons-material/Handshake';
import { MediationCreate, MediationEdit } from './MediationForm';
import { MediationList } from './MediationList';
import { MediationShow } from './MediationShow';

/** The mediations resource: list, show, create, edit and icon. */
export default {
  list: MediationList,
  show: MediationShow,
  create: MediationCreate,
  edit: MediationEdit,
  icon: HandshakeIcon,
};
