import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Matter } from '../matter/matter.entity';
import { MatterEvent } from '../matter/matter-event.entity';
import type { UnitRef } from '../matter/matter-access';

/** An office or stationed agency of a demo 街道 as the demo matters use it. */
export interface DemoUnit extends UnitRef {
  name: string;
  /** OfficeKind of an office, AgencyKind of an agency. */
  kind: string;
  duties: string[];
  subdistrictId: string;
}

/** Every office and stationed agency of the 街道 with these ids, by 街道 id, offices first (by kind), then agencies. */
export async function demoUnits(manager: EntityManager, subdistrictIds: string[]): Promise<Map<string, DemoUnit[]>> {
  const rows = (await manager.query(
    `SELECT id, NULL::uuid AS agency_id, name, kind, duties, subdistrict_id, 0 AS sort FROM office WHERE subdistrict_id = ANY($1)
     UNION ALL
     SELECT NULL::uuid, id, name, kind, duties, subdistrict_id, 1 FROM dispatched_agency WHERE subdistrict_id = ANY($1)
     ORDER BY sort, kind`,
    [subdistrictIds],
  )) as {
    id: string | null;
    agency_id: string | null;
    name: string;
    kind: string;
    duties: string[];
    subdistrict_id: string;
  }[];
  const units = new Map<string, DemoUnit[]>(subdistrictIds.map((id) => [id, []]));
  for (const r of rows)
    units.get(r.subdistrict_id)!.push({
      officeId: r.id,
      agencyId: r.agency_id,
      name: r.name,
      kind: r.kind,
      duties: r.duties,
      subdistrictId: r.subdistrict_id,
    });
  return units;
}

/** A demo matter's row and its timeline, before they are inserted. */
export interface DemoMatterRows {
  matter: Partial<Matter>;
  events: Partial<MatterEvent>[];
}

/** The columns of a timeline entry of `unit` (who acted) and `target` (where the matter went). */
export function eventUnits(unit?: UnitRef | null, target?: UnitRef | null): Partial<MatterEvent> {
  return {
    officeId: unit?.officeId ?? null,
    agencyId: unit?.agencyId ?? null,
    targetOfficeId: target?.officeId ?? null,
    targetAgencyId: target?.agencyId ?? null,
  };
}

/**
 * Rows of an entity inserted in one statement, in their order (timeline entries take their
 * sequence numbers so): `INSERT … SELECT` from a JSON array, the columns being those the rows set
 * (by the entity's metadata).
 */
async function insertRows(manager: EntityManager, entity: typeof Matter | typeof MatterEvent, rows: object[]) {
  const set = new Set(rows.flatMap((r) => Object.keys(r)));
  const columns = manager.connection
    .getMetadata(entity)
    .columns.filter((c) => set.has(c.propertyName))
    .map((c) => ({ property: c.propertyName, column: c.databaseName, type: String(c.type) }));
  const names = columns.map((c) => `"${c.column}"`).join(', ');
  const shape = columns.map((c) => `"${c.column}" ${c.type === 'varchar' ? 'text' : c.type}`).join(', ');
  const json = rows.map((r) =>
    Object.fromEntries(columns.map((c) => [c.column, (r as Record<string, unknown>)[c.property] ?? null])),
  );
  const table = manager.connection.getMetadata(entity).tableName;
  await manager.query(
    `INSERT INTO "${table}" (${names}) SELECT ${names}
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(row, n), jsonb_to_record(a.row) AS x(${shape})
      ORDER BY a.n`,
    [JSON.stringify(json)],
  );
}

/** Inserts matters and their timelines, `chunk` matters per statement, in the caller's transaction. */
export async function insertDemoMatters(manager: EntityManager, rows: DemoMatterRows[], chunk = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const ids = part.map(() => randomUUID());
    await insertRows(
      manager,
      Matter,
      part.map((r, j) => ({ ...r.matter, id: ids[j] })),
    );
    const events = part.flatMap((r, j) => r.events.map((e) => ({ ...e, matterId: ids[j] })));
    for (let k = 0; k < events.length; k += 5000) await insertRows(manager, MatterEvent, events.slice(k, k + 5000));
  }
}
