import { registerEnumType } from 'type-graphql';

/** The six standard offices of a subdistrict and the self-designated work bodies (docs/rules.md rule 1). */
export enum OfficeKind {
  PARTY_GOVERNMENT = 'PARTY_GOVERNMENT',
  PARTY_BUILDING = 'PARTY_BUILDING',
  COMMUNITY_MANAGEMENT = 'COMMUNITY_MANAGEMENT',
  COMMUNITY_SERVICE = 'COMMUNITY_SERVICE',
  COMMUNITY_SAFETY = 'COMMUNITY_SAFETY',
  COMMUNITY_SELF_GOVERNANCE = 'COMMUNITY_SELF_GOVERNANCE',
  SELF_DESIGNATED = 'SELF_DESIGNATED',
}

/** The six kinds every subdistrict has exactly one office of, with their standard names. */
export const STANDARD_OFFICES: ReadonlyArray<{ kind: OfficeKind; name: string; duties: string[] }> = [
  {
    kind: OfficeKind.PARTY_GOVERNMENT,
    name: '党政办公室',
    duties: ['党工委和办事处日常运转', '公文、会务、督查', '政务公开和信息报送'],
  },
  { kind: OfficeKind.PARTY_BUILDING, name: '社区党建办公室', duties: ['区域化党建', '基层党组织建设', '党员教育管理'] },
  {
    kind: OfficeKind.COMMUNITY_MANAGEMENT,
    name: '社区管理办公室',
    duties: ['城市综合管理', '市容环境和房屋管理协调', '网格化管理'],
  },
  {
    kind: OfficeKind.COMMUNITY_SERVICE,
    name: '社区服务办公室',
    duties: ['社区事务受理', '养老、助残和社会救助', '就业服务'],
  },
  {
    kind: OfficeKind.COMMUNITY_SAFETY,
    name: '社区平安办公室',
    duties: ['综合治理和维护稳定', '安全生产监督', '人民调解和信访'],
  },
  {
    kind: OfficeKind.COMMUNITY_SELF_GOVERNANCE,
    name: '社区自治办公室',
    duties: ['居民区自治和共治', '社会组织培育', '志愿服务'],
  },
];

/** At most this many SELF_DESIGNATED work bodies per subdistrict (docs/rules.md rule 1: "6+2"). */
export const MAX_SELF_DESIGNATED = 2;

registerEnumType(OfficeKind, {
  name: 'OfficeKind',
  description:
    'Kind of a subdistrict office (docs/rules.md rule 1): one office of each of the six standard kinds, and at most two SELF_DESIGNATED work bodies.',
  valuesConfig: {
    PARTY_GOVERNMENT: { description: '党政办公室: party and government office.' },
    PARTY_BUILDING: { description: '社区党建办公室: community party-building office.' },
    COMMUNITY_MANAGEMENT: { description: '社区管理办公室: community management office.' },
    COMMUNITY_SERVICE: { description: '社区服务办公室: community service office.' },
    COMMUNITY_SAFETY: { description: '社区平安办公室: community safety office.' },
    COMMUNITY_SELF_GOVERNANCE: { description: '社区自治办公室: community self-governance office.' },
    SELF_DESIGNATED: { description: 'A work body the subdistrict sets up for its own needs (at most two).' },
  },
});
