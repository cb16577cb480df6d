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
