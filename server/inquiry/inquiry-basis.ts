import { registerEnumType } from 'type-graphql';

/** What an inquiry (问责) rests on (docs/rules.md rule 8). */
export enum InquiryBasis {
  SELF_REPORT = 'SELF_REPORT',
  RESIDENT_REPORT = 'RESIDENT_REPORT',
}
registerEnumType(InquiryBasis, {
  name: 'InquiryBasis',
  description: 'What an inquiry (问责) rests on (docs/rules.md rule 8).',
  valuesConfig: {
    SELF_REPORT: { description: "A fact from the official's own self-report (述职)." },
    RESIDENT_REPORT: { description: 'A fact residents reported (居民反映).' },
  },
});
