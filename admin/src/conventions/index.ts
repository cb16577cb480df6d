/**
 * The residents' convention resources (居民公约, docs/rules.md rule 14): buildings with their households,
 * conventions with their versions, household codes and live approval count, and breaches with
 * their follow-ups.
 */
import ApartmentIcon from '@mui/icons-material/Apartment';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ReportIcon from '@mui/icons-material/Report';
import { BuildingCreate, BuildingEdit, BuildingList, BuildingShow } from './BuildingViews';
import { ConventionCreate, ConventionList } from './ConventionList';
import { ConventionShow } from './ConventionShow';
import { BreachCreate, BreachList } from './BreachList';
import { BreachShow } from './BreachShow';

/** The buildings resource. */
export const buildings = {
  list: BuildingList,
  show: BuildingShow,
  create: BuildingCreate,
  edit: BuildingEdit,
  icon: ApartmentIcon,
};

/** The conventions resource. */
export const buildingConventions = {
  list: ConventionList,
  show: ConventionShow,
  create: ConventionCreate,
  icon: HowToRegIcon,
};

/** The breaches resource. */
export const conventionBreaches = { list: BreachList, show: BreachShow, create: BreachCreate, icon: ReportIcon };
