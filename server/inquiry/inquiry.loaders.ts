import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { officialScopeFilter } from '../official/official-record';
import type { Viewer } from '../core/viewer';
import { Inquiry } from './inquiry.entity';

/**
 * This request's inquiry loaders, limited to the officials in the viewer's scope: inquiries by id,
 * and a meeting's inquiries in the order recorded (for `EvaluationMeeting.inquiries`).
 */
export function createInquiryLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    inquiry: byIdLoader(db, Inquiry, officialScopeFilter(viewer)),
    inquiriesByMeeting: groupLoader(db, Inquiry, 'meetingId', 'createdAt', officialScopeFilter(viewer)),
  };
}

/** The inquiry loaders, for services that declare them. */
export type InquiryLoaders = ReturnType<typeof createInquiryLoaders>;
