import { registerEnumType } from 'type-graphql';

/** The three kinds of people who are evaluated (docs/rules.md rule 3). */
export enum OfficialCategory {
  AGENCY_HEAD = 'AGENCY_HEAD',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  COMMUNITY_WORKER = 'COMMUNITY_WORKER',
}
registerEnumType(OfficialCategory, {
  name: 'OfficialCategory',
  description: 'Which of the three kinds of evaluated people an official is (docs/rules.md rule 3).',
  valuesConfig: {
    AGENCY_HEAD: { description: '派出机构负责人: head of a stationed agency; belongs to an agency.' },
    CIVIL_SERVANT: { description: '街道公务员: subdistrict civil servant; belongs to an office.' },
    COMMUNITY_WORKER: {
      description:
        '受聘职业社区工作者: contracted professional community worker; belongs to an office, usually serving one neighborhood.',
    },
  },
});
