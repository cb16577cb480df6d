/**
 * Who may do what in the admin, by role: the one table behind `authProvider.canAccess`
 * (React-Admin's access control), which the menu, the pages and the buttons follow. A resource or
 * action not named here is open to every signed-in role, and the API still decides what each user
 * may read and change in their scope (README, Signing in); this table only keeps each role's screens
 * to what it can use.
 *
 * Besides React-Admin's actions (`list`, `show`, `create`, `edit`, `delete`) it names the workflow
 * verbs (`run` a meeting, `finalize` an assessment, `decide` an appointment, `transfer` a matter, …)
 * and screens outside the resources: `vote` (the representatives' voting screen),
 * `assessmentOverview`, `matterRanking` and `graphiql` (the GraphQL console, for ADMINs only).
 */
import type { Role } from './dataProvider/types';

/** The signed-in user as `login` returned them. */
export interface Viewer {
  id: string;
  role: Role | string;
}

/** A record as React-Admin passes it (e.g. the meeting on its page). */
type AccessRecord = Record<string, unknown>;

/** Who may: a list of roles, or a test of the viewer (and the record, for a per-record right). */
type Rule = readonly Role[] | ((viewer: Viewer, record: AccessRecord | undefined) => boolean);

const ASSESSORS: readonly Role[] = ['ADMIN', 'ASSESSOR'];

/** Places, units and people are kept by ADMINs; every other role reads them and sees no 新建 / 编辑 / 删除. */
const KEPT_BY_ADMINS = { create: ['ADMIN'], edit: ['ADMIN'], delete: ['ADMIN'] } as const satisfies Record<
  string,
  readonly Role[]
>;

/** A meeting is run (opened, closed, check-in and ballot codes, registering representatives) by an ADMIN or its own chair (docs/rules.md rule 4). */
const runsMeeting: Rule = (viewer, record) =>
  viewer.role === 'ADMIN' || (viewer.role === 'CHAIR' && !!record && String(record.chairId) === String(viewer.id));

/** resource → action (`*`: every action) → who may. */
export const ACCESS: Record<string, Record<string, Rule>> = {
  vote: { list: ['REPRESENTATIVE'] },
  graphiql: { list: ['ADMIN'] },
  districts: KEPT_BY_ADMINS,
  subdistricts: KEPT_BY_ADMINS,
  neighborhoods: KEPT_BY_ADMINS,
  offices: KEPT_BY_ADMINS,
  departments: KEPT_BY_ADMINS,
  dispatchedAgencies: KEPT_BY_ADMINS,
  officials: KEPT_BY_ADMINS,
  assessmentOverview: { list: ASSESSORS },
  residentSurveys: { list: ['ADMIN', 'CHAIR', 'ASSESSOR', 'OFFICIAL'], manage: ['ADMIN'] },
  evaluationMeetings: {
    create: ['ADMIN'],
    edit: ['ADMIN'],
    delete: ['ADMIN'],
    run: runsMeeting,
    readRepresentatives: ['ADMIN', 'CHAIR'],
  },
  ratingTemplates: { create: ['ADMIN'], edit: ['ADMIN'], delete: ['ADMIN'] },
  annualAssessments: { list: ASSESSORS, create: ASSESSORS, override: ASSESSORS, finalize: ASSESSORS },
  assessmentPolicies: { edit: ASSESSORS },
  accountabilityCases: { list: ASSESSORS, create: ASSESSORS, edit: ASSESSORS, conclude: ASSESSORS },
  headAppointments: { list: ASSESSORS, create: ['ADMIN'], decide: ['ADMIN'] },
  // Residents' matters (docs/rules.md rule 13): the owner's steps are an ADMIN's who acts for the owning
  // office (the API checks that); an appeal is decided by an ADMIN or ASSESSOR.
  matters: {
    list: ['ADMIN', 'ASSESSOR', 'OFFICIAL'],
    show: ['ADMIN', 'ASSESSOR', 'OFFICIAL'],
    create: ['ADMIN'],
    respond: ['ADMIN'],
    transfer: ['ADMIN'],
    requestExtension: ['ADMIN'],
    decideExtension: ['ADMIN'],
    decideOwner: ['ADMIN'],
    resolve: ['ADMIN'],
    appeal: ['ADMIN'],
    decideAppeal: ASSESSORS,
    '*': ['ADMIN'],
  },
  matterRanking: { list: ['ADMIN', 'ASSESSOR', 'OFFICIAL'] },
  // Self-governance records (docs/rules.md rule 14): every signed-in role in scope reads hearings and
  // conventions, only ADMINs read mediations and petitions (they name people); ADMINs of the 街道 record them.
  worksProjects: { ...KEPT_BY_ADMINS, start: ['ADMIN'] },
  hearings: { ...KEPT_BY_ADMINS, decide: ['ADMIN'] },
  mediations: { '*': ['ADMIN'] },
  petitions: { '*': ['ADMIN'] },
  buildings: KEPT_BY_ADMINS,
  buildingConventions: { ...KEPT_BY_ADMINS, manage: ['ADMIN'] },
  conventionBreaches: { ...KEPT_BY_ADMINS, followUp: ['ADMIN'] },
  // Users are listed by ADMINs only (the API refuses anyone else); other roles see them as names.
  users: { list: ['ADMIN'] },
  serviceTokens: { '*': ['ADMIN'] },
  webhookSubscriptions: { '*': ['ADMIN'] },
};

/** What React-Admin asks `canAccess`. */
export interface AccessRequest {
  action: string;
  resource: string;
  record?: AccessRecord;
}

/** Whether `viewer` (null: signed out) may do `action` on `resource` (and `record`), by {@link ACCESS}. */
export function mayAccess(viewer: Viewer | null, { action, resource, record }: AccessRequest): boolean {
  if (!viewer) return false;
  const rules = ACCESS[resource];
  const rule = rules?.[action] ?? rules?.['*'];
  if (!rule) return true;
  return typeof rule === 'function' ? rule(viewer, record) : rule.includes(viewer.role as Role);
}
