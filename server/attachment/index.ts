import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Attachment, AttachmentContent } from './attachment.entity';
import { createAttachmentLoaders } from './attachment.loaders';
import {
  AttachmentResolver,
  ConventionAttachmentsResolver,
  HearingAttachmentsResolver,
  MediationAttachmentsResolver,
  PetitionAttachmentsResolver,
  type AttachmentResolverContext,
} from './attachment.resolver';
import { downloadAttachmentRoute, uploadAttachmentRoute } from './attachment.route';
import { AttachmentService } from './attachment.service';

/**
 * Photos and documents of the self-governance records (docs/rules.md rule 14): upload and download
 * over HTTP, listed as `attachments` on Hearing, Mediation, BuildingConvention and Petition, kept
 * in PostgreSQL or an S3-compatible bucket.
 */
export const attachmentModule = defineModule({
  name: 'attachment',
  entities: [Attachment, AttachmentContent],
  resolvers: resolversReading<AttachmentResolverContext>(
    AttachmentResolver,
    HearingAttachmentsResolver,
    MediationAttachmentsResolver,
    ConventionAttachmentsResolver,
    PetitionAttachmentsResolver,
  ),
  loaders: createAttachmentLoaders,
  services: {
    attachments: serviceOf(AttachmentService),
  },
  routes: [uploadAttachmentRoute, downloadAttachmentRoute],
});
