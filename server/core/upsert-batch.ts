import { isDeepStrictEqual } from 'node:util';
import { validate, type ValidationError } from 'class-validator';
import { GraphQLError } from 'graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type { Transaction } from './domain-events';
import { snapshot } from './domain-events';
import { coreReasons } from './core-reasons';
import { BadUserInputError, ForbiddenError, UnauthenticatedError, validationReason } from './errors';
import { renderReason, type Reason } from './reasons';
import { Role } from './role';
import { assertIntegrationScope, type Viewer } from './viewer';

/**
 * One bad row of a batch, as `extensions.errors` lists it: the row's index in `input`, the field at
 * fault, the English sentence, and the reason key and parameters a client translates, as for a
 * single input's error (`validation.maxLength` with `max`, `hearing.heldAfterStart`, …).
 */
export interface RowError {
  index: number;
  field: string;
  message: string;
  reason: string;
  params: Record<string, unknown>;
}

/** A row of an upsert by externalId. */
export interface KeyedRow {
  externalId: string;
}

/**
 * The caller of an upsert by externalId: an ADMIN (whose scope each row's place is checked
 * against), or a service token carrying `scope`. UNAUTHENTICATED; FORBIDDEN otherwise.
 */
export function batchWriter(viewer: Viewer | null, scope: string, what: string): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  if (viewer.role === Role.INTEGRATION) assertIntegrationScope(viewer, scope, what);
  else if (viewer.role !== Role.ADMIN)
    throw new ForbiddenError(coreReasons['access.adminOrServiceToken']({ scope, what }));
  return viewer;
}

/** class-validator's errors as dotted fields (`parties.0.name`), each with its first message and its reason. */
function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string; reason: Reason }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const first = e.constraints ? Object.entries(e.constraints)[0] : undefined;
    const own = first
      ? [
          {
            field,
            message: first[1],
            reason: validationReason({
              field,
              constraint: first[0],
              message: first[1],
              target: e.target,
              property: e.property,
            }),
          },
        ]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The field of a row's error: `input.x` of a single input becomes `input[3].x`. */
function rowField(index: number, field: string | null | undefined): string {
  const rest = field?.startsWith('input.') ? field.slice('input'.length) : field ? `.${field}` : '';
  return `input[${index}]${rest}`;
}

/**
 * Checks every row of a batch before anything is written: the class-validator rules of
 * `rowClass`, each externalId once, then `check` (the record's own rules, which raise
 * BAD_USER_INPUT or CONFLICT naming `input.<field>` as for a single input). Every bad row is
 * reported: one BAD_USER_INPUT naming the first bad row's field (`input[2].heldOn`), with
 * `extensions.errors` listing `{ index, field, message, reason, params }` of each. Other errors (FORBIDDEN) fail
 * the call as they are. At most `max` rows. Returns what `check` made of each row.
 */
export async function checkBatch<R extends KeyedRow, D>(
  rows: R[],
  rowClass: new () => R,
  max: number,
  check: (row: R, index: number) => Promise<D>,
): Promise<D[]> {
  if (rows.length > max) throw new BadUserInputError(coreReasons['batch.tooManyRows']({ max }), 'input');
  const errors: RowError[] = [];
  const bad = (index: number, field: string | null | undefined, message: string, reason: Reason) => {
    const at = rowField(index, field);
    // The row's field is `field` above; the reason's own `field` parameter named the single input's.
    const params: Record<string, unknown> = { ...reason.params };
    delete params.field;
    errors.push({
      index,
      field: at,
      message: `${at}: ${message.replace(/^input\.[\w.]+: /, '')}`,
      reason: reason.key,
      params,
    });
  };
  const seen = new Map<string, number>();
  const valid: boolean[] = [];
  for (const [index, row] of rows.entries()) {
    const found = await validate(Object.assign(new rowClass(), row), {
      forbidUnknownValues: false,
      stopAtFirstError: true,
      skipMissingProperties: true,
    });
    for (const { field, message, reason } of flatten(found)) bad(index, field, message, reason);
    const first = seen.get(row.externalId);
    if (first !== undefined) {
      const repeated = coreReasons['batch.externalIdRepeated']({ first });
      bad(index, 'externalId', renderReason(repeated), repeated);
    } else seen.set(row.externalId, index);
    valid.push(found.length === 0);
  }
  const drafts: D[] = [];
  for (const [index, row] of rows.entries()) {
    if (!valid[index]) continue;
    try {
      drafts[index] = await check(row, index);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (code !== 'BAD_USER_INPUT' && code !== 'CONFLICT') throw error;
      const { field, reason, params } = (error as GraphQLError).extensions as {
        field?: string | null;
        reason?: string;
        params?: Record<string, unknown>;
      };
      bad(index, field, (error as GraphQLError).message, {
        key: reason ?? 'validation.invalid',
        params: (params ?? {}) as Reason['params'],
      });
    }
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.index - b.index || a.field.localeCompare(b.field));
    const rowsAtFault = new Set(errors.map((e) => e.index)).size;
    const error = new BadUserInputError(
      coreReasons['batch.rowsInvalid']({ rowsAtFault, length: rows.length }),
      errors[0].field,
    );
    Object.assign(error.extensions, { errors });
    throw error;
  }
  return drafts;
}

/** What an upsert by externalId did, and the records of its rows in their order. */
export interface UpsertOutcome<T> {
  created: number;
  updated: number;
  unchanged: number;
  records: T[];
}

/** One checked row, as `writeBatch` writes it. */
export interface BatchItem<E> {
  externalId: string;
  /** The record's fields as the row sets them (compared with a known record's to tell a change). */
  values: Partial<E>;
  /**
   * Why the row may not be written: a known record (`current`) that may not take its values (it is
   * final), or a new one (`current` null) that may not be made: the row's field at fault and the
   * reason (the module's own, as its mutations give it), or null.
   */
  refuse?: (current: E | null) => { field: string; reason: Reason } | null;
  /** The fields a new record starts with besides `values` (its status…); not compared. */
  initial?: Partial<E>;
  /** What else a new record needs in the same transaction (a convention's first version). */
  created?: (record: E) => Promise<void>;
}

/** The audit of a batch: the record type, its event names and the fields the audit log keeps. */
export interface BatchAudit<E> {
  entityType: string;
  created: string;
  updated: string;
  actorId: string | null;
  fields: (keyof E)[];
}

/** Whether a known record already has the values a row sets (JSON compared by value, whatever its keys' order). */
function same<E extends ObjectLiteral>(current: E, values: Partial<E>): boolean {
  return Object.entries(values).every(([key, value]) =>
    isDeepStrictEqual(JSON.parse(JSON.stringify(current[key] ?? null)), JSON.parse(JSON.stringify(value ?? null))),
  );
}

/**
 * Writes checked rows in the caller's transaction. An externalId names a record within its 街道
 * (`subdistrictId` of the row's values): the records the rows name (locked) take the rows' values
 * when these differ (`updated`, audited as `audit.updated`) and stay as they are otherwise
 * (`unchanged`, nothing recorded); new ones are inserted (`created`). A known record that refuses
 * its row raises BAD_USER_INPUT naming `input[i].<field>`, and the transaction writes nothing. So
 * the same batch twice changes nothing the second time, and no answer tells what another 街道 keeps.
 */
export async function writeBatch<
  E extends ObjectLiteral & { id: string; externalId: string | null; subdistrictId: string },
>(tx: Transaction, entity: EntityTarget<E>, items: BatchItem<E>[], audit: BatchAudit<E>): Promise<UpsertOutcome<E>> {
  const repo = tx.manager.getRepository(entity);
  const keyOf = (subdistrictId: string | undefined, externalId: string | null) => `${subdistrictId}/${externalId}`;
  const known = await repo
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.externalId = ANY(:ids)', { ids: items.map((i) => i.externalId) })
    .andWhere('r.subdistrictId = ANY(:subdistricts)', { subdistricts: items.map((i) => i.values.subdistrictId) })
    .getMany();
  const byKey = new Map(known.map((r) => [keyOf(r.subdistrictId, r.externalId), r]));
  const outcome: UpsertOutcome<E> = { created: 0, updated: 0, unchanged: 0, records: [] };
  for (const [index, item] of items.entries()) {
    const current = byKey.get(keyOf(item.values.subdistrictId, item.externalId));
    if (current && same(current, item.values)) {
      outcome.unchanged += 1;
      outcome.records.push(current);
      continue;
    }
    const refused = item.refuse?.(current ?? null);
    if (refused) {
      const field = rowField(index, refused.field);
      throw new BadUserInputError(refused.reason, field);
    }
    const before = current ? snapshot(current, audit.fields) : undefined;
    const saved = await repo.save(
      current
        ? Object.assign(current, item.values)
        : repo.create({ ...item.initial, ...item.values, externalId: item.externalId } as unknown as E),
    );
    await tx.record({
      actorId: audit.actorId,
      type: current ? audit.updated : audit.created,
      entityType: audit.entityType,
      entityId: saved.id,
      before,
      after: snapshot(saved, audit.fields),
    });
    if (!current) await item.created?.(saved);
    outcome[current ? 'updated' : 'created'] += 1;
    outcome.records.push(saved);
  }
  return outcome;
}

const resultTypes = new Map<object, ClassType<UpsertOutcome<unknown>>>();

/** The GraphQL type of an upsert's answer for `node` (e.g. `UpsertMediationsResult`), made once per type. */
export function UpsertResultType<T extends object>(node: ClassType<T>, plural: string): ClassType<UpsertOutcome<T>> {
  const known = resultTypes.get(node);
  if (known) return known as ClassType<UpsertOutcome<T>>;

  @ObjectType(`Upsert${node.name}sResult`, { description: `What an upsert of ${plural} by externalId did.` })
  class UpsertResult {
    @Field(() => Int, { description: `How many ${plural} were created (new externalIds).` })
    created: number;

    @Field(() => Int, { description: `How many known ${plural} were changed.` })
    updated: number;

    @Field(() => Int, { description: `How many known ${plural} already had the row's values (nothing written).` })
    unchanged: number;

    @Field(() => [node], { description: `The ${plural} of the rows, in the rows' order.` })
    records: T[];
  }
  resultTypes.set(node, UpsertResult as ClassType<UpsertOutcome<unknown>>);
  return UpsertResult as ClassType<UpsertOutcome<T>>;
}
