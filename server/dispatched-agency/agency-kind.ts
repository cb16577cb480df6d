import { registerEnumType } from 'type-graphql';

/** What a stationed agency does ("七所八所"). */
export enum AgencyKind {
  POLICE_STATION = 'POLICE_STATION',
  JUSTICE_OFFICE = 'JUSTICE_OFFICE',
  MARKET_SUPERVISION = 'MARKET_SUPERVISION',
  HOUSING_OFFICE = 'HOUSING_OFFICE',
  URBAN_MANAGEMENT = 'URBAN_MANAGEMENT',
  GREENING_SANITATION = 'GREENING_SANITATION',
  TAX_OFFICE = 'TAX_OFFICE',
  OTHER = 'OTHER',
}
/**
 * The duties an agency of each kind carries unless its 街道 lists others, so that a resident's
 * matter can be transferred to the agency whose listed duty covers it (docs/rules.md rule 13), as to an
 * office (rule 1). Illustrative, like the standard offices' duties; edit them per agency.
 */
export const AGENCY_DUTIES: Readonly<Record<AgencyKind, readonly string[]>> = {
  POLICE_STATION: ['治安管理和案件受理', '消防通道占用等消防安全违法查处', '户籍和居住证管理'],
  JUSTICE_OFFICE: ['法律援助和法律咨询', '人民调解指导', '社区矫正'],
  MARKET_SUPERVISION: ['食品安全监管', '消费投诉处理', '无证无照经营查处'],
  HOUSING_OFFICE: ['物业服务监管', '房屋修缮和安全管理', '业主大会和业委会指导'],
  URBAN_MANAGEMENT: ['违法搭建查处', '占道经营和乱设摊查处', '市容环境执法'],
  GREENING_SANITATION: ['绿化养护', '垃圾分类和清运', '道路保洁'],
  TAX_OFFICE: ['纳税服务和咨询', '税收征管'],
  OTHER: [],
};

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What a stationed agency ("七所八所") does.',
  valuesConfig: {
    POLICE_STATION: { description: '派出所: police station.' },
    JUSTICE_OFFICE: { description: '司法所: justice office.' },
    MARKET_SUPERVISION: { description: '市场监管所: market supervision office.' },
    HOUSING_OFFICE: { description: '房管办: housing management office.' },
    URBAN_MANAGEMENT: { description: '城管中队: urban management enforcement squad.' },
    GREENING_SANITATION: { description: '绿化市容所: greening and sanitation office.' },
    TAX_OFFICE: { description: '税务所: tax office.' },
    OTHER: { description: 'Any other stationed agency.' },
  },
});
