import type { TaskList } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { jobQueueUrl, runJobQueue, type JobQueueRunner } from '../core/job-queue';
import { logger } from '../core/logger';
import type { BackgroundJob, JobDescriptor } from '../core/module';
import { WebhookEvent, enqueueMany } from '../webhook';
import { MatterEvent } from './matter-event.entity';
import { MatterEventKind } from './matter-enums';
import { matterClock } from './matter-clock';

/** The graphile-worker task that marks overdue matters. */
/** A matter the overdue update marked, as PostgreSQL returns its columns (timestamps as Date). */
interface OverdueRow {
  id: string;
  external_id: string | null;
  type: string;
  status: string;
  subdistrict_id: string;
  owner_office_id: string | null;
  owner_agency_id: string | null;
  received_at: Date;
  due_at: Date;
  rectification_due_at: Date | null;
  run_around: boolean;
  district_id: string;
}

export const MATTER_OVERDUE_TASK = 'matter_mark_overdue';
/** Matters marked per transaction; a run goes on until none is left. */
const BATCH = 500;

/**
 * Marks every matter whose deadline passed before `now` while it was unresolved (docs/rules.md rule 13):
 * open (RECEIVED, IN_PROGRESS, ESCALATED) past `dueAt`, or RECTIFYING past `rectificationDueAt`.
 * Each gets `overdueAt`, an OVERDUE timeline entry and a `matter.overdue` webhook, in the same
 * transaction. Rows are claimed with FOR UPDATE SKIP LOCKED and only while `overdue_at` is null, so
 * instances running it at once never mark a matter twice. Returns how many it marked.
 */
export async function markOverdueMatters(db: DataSource, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const marked = await db.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE matter SET overdue_at = $1 WHERE id IN (
           SELECT id FROM matter WHERE overdue_at IS NULL
              AND ((status IN ('RECEIVED', 'IN_PROGRESS', 'ESCALATED') AND due_at < $1) OR (status = 'RECTIFYING' AND rectification_due_at < $1))
            ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
         RETURNING id, external_id, type, status, subdistrict_id, owner_office_id, owner_agency_id, received_at, due_at, rectification_due_at, run_around,
                   (SELECT district_id FROM subdistrict s WHERE s.id = matter.subdistrict_id) AS district_id`,
        [now],
      )) as [Record<string, unknown>[], number] | Record<string, unknown>[];
      const matters = (Array.isArray(rows[0]) ? rows[0] : rows) as unknown as OverdueRow[];
      if (matters.length === 0) return 0;
      await manager.getRepository(MatterEvent).insert(
        matters.map((m) => ({
          matterId: m.id,
          at: now,
          kind: MatterEventKind.OVERDUE,
          actorId: null,
          officeId: m.owner_office_id,
          agencyId: m.owner_agency_id,
        })),
      );
      // The batch's notices in one statement.
      await enqueueMany(
        manager,
        WebhookEvent.MATTER_OVERDUE,
        matters.map((m) => ({
          districtId: m.district_id,
          payload: {
            matterId: m.id,
            externalId: m.external_id,
            type: m.type,
            status: m.status,
            subdistrictId: m.subdistrict_id,
            ownerOfficeId: m.owner_office_id,
            ownerAgencyId: m.owner_agency_id,
            receivedAt: new Date(m.received_at).toISOString(),
            dueAt: new Date(m.status === 'RECTIFYING' ? m.rectification_due_at! : m.due_at).toISOString(),
            rectification: m.status === 'RECTIFYING',
            runAround: m.run_around,
            overdueAt: now.toISOString(),
          },
        })),
      );
      return matters.length;
    });
    total += marked;
    if (marked < BATCH) return total;
  }
}

/** The graphile-worker tasks of the matter module: the overdue marking, at the matter clock's time. */
export function matterTaskList(db: DataSource): TaskList {
  return {
    [MATTER_OVERDUE_TASK]: async () => {
      const marked = await markOverdueMatters(db, matterClock.now());
      if (marked > 0) logger.info({ marked }, 'matters marked overdue');
    },
  };
}

/**
 * Starts the PostgreSQL-backed job queue (graphile-worker, in its own schema `graphile_worker`,
 * installed on first start; no extension needed) with the overdue marking scheduled every minute.
 * Every instance runs it; graphile-worker's cron schedules each minute's job once across
 * instances (its known-crontabs row is advanced by one of them only), and markOverdueMatters is
 * safe to run concurrently anyway. `stop()` ends it.
 */
export async function startMatterJobs(db: DataSource, connectionString: string): Promise<JobQueueRunner> {
  return runJobQueue({
    connectionString,
    concurrency: 1,
    pollInterval: 5_000,
    taskList: matterTaskList(db),
    crontab: `* * * * * ${MATTER_OVERDUE_TASK} ?max=1&jobKey=${MATTER_OVERDUE_TASK}`,
  });
}

/** Options of the matter jobs (createApp's `jobs.matters`). */
export interface MatterJobOptions {
  /** false: this instance runs no matter job (PINGYI_MATTER_JOBS=0; the tests drive the job by hand). Default true. */
  enabled?: boolean;
  /** PostgreSQL for the job queue; default the data source's URL. */
  connectionString?: string;
}

/**
 * The overdue marking as the matter module's background job: `start` runs the queue (startMatterJobs)
 * in the background, logging a failure to start; `stop` ends it and waits for the job in progress.
 */
export const matterJobs: JobDescriptor<MatterJobOptions> = {
  name: 'matters',
  create(db: DataSource, options: MatterJobOptions | undefined): BackgroundJob {
    let runner: Promise<JobQueueRunner | null> = Promise.resolve(null);
    return {
      start() {
        if (options?.enabled === false) return;
        const connectionString = options?.connectionString ?? jobQueueUrl(db);
        if (!connectionString) {
          logger.warn('matter jobs not started: no PostgreSQL URL');
          return;
        }
        runner = startMatterJobs(db, connectionString).catch((err) => {
          logger.error({ err }, 'the matter job queue could not start');
          return null;
        });
      },
      async stop() {
        const running = await runner;
        await running?.stop().catch((err) => logger.error({ err }, 'stopping the matter jobs failed'));
      },
    };
  },
};
