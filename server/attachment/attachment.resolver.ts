import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/request-context';
import { BuildingConvention } from '../convention/convention.entity';
import { Hearing } from '../hearing/hearing.entity';
import { Mediation } from '../mediation/mediation.entity';
import { Petition } from '../petition/petition.entity';
import { Attachment, AttachmentOwner } from './attachment.entity';
import type { AttachmentService } from './attachment.service';

/** What these resolvers read from the request. */
export type AttachmentResolverContext = RequestContext<{ attachments: AttachmentService }>;
type Context = AttachmentResolverContext;

/** Where an attachment is downloaded: `GET /attachments/<id>` with the caller's bearer token. */
export function attachmentUrl(id: string): string {
  return `/attachments/${id}`;
}

const LIST = {
  description:
    'Its photos and documents, oldest first (upload: POST /attachments/<hearing|mediation|convention|petition>/<id>, multipart field "file"; docs/rules.md rule 14).',
};

/** `Attachment.url` and `deleteAttachment`. */
@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, {
    description:
      'Where to download it: GET this path with your bearer token; only those who may read the record get it (NOT_FOUND otherwise).',
  })
  url(@Root() attachment: Attachment) {
    return attachmentUrl(attachment.id);
  }

  @Mutation(() => ID, {
    description:
      "Deletes a photo or document of a record (ADMIN of the record's 街道) and returns its id. NOT_FOUND; FORBIDDEN.",
  })
  deleteAttachment(@Arg('id', () => ID, { description: "The attachment's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.attachments.delete(id);
  }
}

/** `Hearing.attachments`. */
@Resolver(() => Hearing)
export class HearingAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(@Root() hearing: Hearing, @Ctx() ctx: Context) {
    return ctx.services.attachments.of(AttachmentOwner.HEARING, hearing.id);
  }
}

/** `Mediation.attachments`. */
@Resolver(() => Mediation)
export class MediationAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(@Root() mediation: Mediation, @Ctx() ctx: Context) {
    return ctx.services.attachments.of(AttachmentOwner.MEDIATION, mediation.id);
  }
}

/** `BuildingConvention.attachments`. */
@Resolver(() => BuildingConvention)
export class ConventionAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(@Root() convention: BuildingConvention, @Ctx() ctx: Context) {
    return ctx.services.attachments.of(AttachmentOwner.BUILDING_CONVENTION, convention.id);
  }
}

/** `Petition.attachments`. */
@Resolver(() => Petition)
export class PetitionAttachmentsResolver {
  @FieldResolver(() => [Attachment], LIST)
  attachments(@Root() petition: Petition, @Ctx() ctx: Context) {
    return ctx.services.attachments.of(AttachmentOwner.PETITION, petition.id);
  }
}
