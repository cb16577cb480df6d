import { registerEnumType } from 'type-graphql';

/** Kind of a township-level unit, read from the end of its name. */
export enum SubdistrictKind {
  SUBDISTRICT = 'SUBDISTRICT',
  TOWN = 'TOWN',
  TOWNSHIP = 'TOWNSHIP',
  OTHER = 'OTHER',
}
registerEnumType(SubdistrictKind, {
  name: 'SubdistrictKind',
  description:
    'Kind of a township-level unit, from its name: SUBDISTRICT 街道, TOWN 镇, TOWNSHIP 乡 (incl. 民族乡, 苏木), OTHER (开发区, 农场, …).',
  valuesConfig: {
    SUBDISTRICT: { description: '街道: urban subdistrict run by a subdistrict office.' },
    TOWN: { description: '镇: town.' },
    TOWNSHIP: { description: '乡 / 民族乡 / 苏木: township.' },
    OTHER: { description: 'Any other township-level unit (development zone, farm, …).' },
  },
});

/** The kind of a township-level unit named `name`: 街道 → SUBDISTRICT, 镇 → TOWN, 乡/苏木 → TOWNSHIP, else OTHER. */
export function subdistrictKindOf(name: string): SubdistrictKind {
  const n = name.trim();
  if (n.endsWith('街道') || n.endsWith('街道办事处')) return SubdistrictKind.SUBDISTRICT;
  if (n.endsWith('镇')) return SubdistrictKind.TOWN;
  if (n.endsWith('乡') || n.endsWith('苏木')) return SubdistrictKind.TOWNSHIP;
  return SubdistrictKind.OTHER;
}
