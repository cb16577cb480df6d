import type { EntityManager } from 'typeorm';
import type { AnnualAssessment } from '../assessment/annual-assessment.entity';
import type { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import type { MeetingResult } from '../rating/meeting-result.entity';
import { DeliveryStatus, WebhookEvent } from './webhook-enums';

/**
 * Queues `event` for every active subscription of the district that asked for it, through
 * `manager`, i.e. inside the transaction of the event: the delivery rows are committed with the
 * change or not at all (the outbox). One INSERT … SELECT; nothing is sent here.
 */
export async function enqueue(manager: EntityManager, districtId: string, event: WebhookEvent, payload: Record<string, unknown>): Promise<void> {
  await manager.query(
    `INSERT INTO webhook_delivery (subscription_id, event, payload, status, attempts, next_attempt_at)
     SELECT s.id, $2::varchar, $3::jsonb, $4, 0, now() FROM webhook_subscription s
      WHERE s.district_id = $1 AND s.active AND $2::varchar = ANY(s.events)`,
    [districtId, event, JSON.stringify(payload), DeliveryStatus.PENDING],
  );
}

/**
 * `meeting.closed`: the meeting, and per official its id and externalId (null when it has none,
 * from `externalIds` by official id), the count and, where published (docs/rules.md rule 7), rate and
 * score. Ids and figures only.
 */
export function meetingClosedPayload(meeting: EvaluationMeeting, results: MeetingResult[], externalIds: Map<string, string | null>): Record<string, unknown> {
  return {
    meetingId: meeting.id,
    subdistrictId: meeting.subdistrictId,
    year: meeting.year,
    closedAt: meeting.closedAt?.toISOString() ?? null,
    results: results.map((r) => ({
      officialId: r.officialId,
      externalId: externalIds.get(r.officialId) ?? null,
      ratingCount: r.ratingCount,
      published: r.published,
      satisfactionRate: r.published ? r.satisfactionRate : null,
      score: r.published ? r.score : null,
    })),
  };
}

/** `assessment.finalized`: the official's ids, year, score, grade and breach flag. */
export function assessmentFinalizedPayload(assessment: AnnualAssessment, externalId: string | null): Record<string, unknown> {
  return {
    assessmentId: assessment.id,
    officialId: assessment.officialId,
    externalId,
    year: assessment.year,
    score: assessment.score,
    grade: assessment.grade,
    redLineBreached: assessment.redLineBreached,
  };
}
