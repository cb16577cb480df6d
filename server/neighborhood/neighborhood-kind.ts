import { registerEnumType } from 'type-graphql';

/** Kind of a village-level unit, read from the end of its name. */
export enum NeighborhoodKind {
  RESIDENTS_COMMITTEE = 'RESIDENTS_COMMITTEE',
  VILLAGE_COMMITTEE = 'VILLAGE_COMMITTEE',
  OTHER = 'OTHER',
}
registerEnumType(NeighborhoodKind, {
  name: 'NeighborhoodKind',
  description:
    'Kind of a village-level unit, from its name: RESIDENTS_COMMITTEE 居委会, VILLAGE_COMMITTEE 村委会, OTHER.',
  valuesConfig: {
    RESIDENTS_COMMITTEE: {
      description: "居委会 / 居民委员会: residents' committee of an urban residential area (居民区).",
    },
    VILLAGE_COMMITTEE: { description: '村委会 / 村民委员会: village committee.' },
    OTHER: { description: 'Any other village-level unit.' },
  },
});

/** The kind of a village-level unit named `name`: 居委会 → RESIDENTS_COMMITTEE, 村委会 → VILLAGE_COMMITTEE, else OTHER. */
export function neighborhoodKindOf(name: string): NeighborhoodKind {
  const n = name.trim();
  if (n.endsWith('居委会') || n.endsWith('居民委员会')) return NeighborhoodKind.RESIDENTS_COMMITTEE;
  if (n.endsWith('村委会') || n.endsWith('村民委员会')) return NeighborhoodKind.VILLAGE_COMMITTEE;
  return NeighborhoodKind.OTHER;
}
