import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { Attachment } from './attachment.entity';

/** This request's attachment loaders, limited to the viewer's scope: by id, and a record's attachments oldest first. */
export function createAttachmentLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = scopeFilter(viewer, 'subdistrictId');
  return {
    attachment: byIdLoader(db, Attachment, scope),
    attachmentsByOwner: groupLoader(db, Attachment, 'ownerId', 'createdAt', scope),
  };
}

/** The attachment loaders, for services that declare them. */
export type AttachmentLoaders = ReturnType<typeof createAttachmentLoaders>;
