import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EntityManager } from 'typeorm';
import { AttachmentContent, AttachmentStorage, type Attachment } from './attachment.entity';

/**
 * Where attachments' bytes are kept: PostgreSQL (the default) or an S3-compatible bucket. `put`
 * runs inside the transaction that inserts the attachment's row: the PostgreSQL store writes in
 * it, the S3 store writes the object first and `discard` removes it when the transaction fails.
 */
export interface AttachmentStore {
  readonly kind: AttachmentStorage;
  /** Stores the bytes of `attachment`; returns its storage key (null in PostgreSQL). */
  put(manager: EntityManager, attachment: Attachment, bytes: Buffer): Promise<string | null>;
  /** The bytes of `attachment`. */
  get(manager: EntityManager, attachment: Attachment): Promise<Buffer>;
  /** Removes the bytes of `attachment` (after its row is deleted, or when its transaction failed). */
  discard(attachment: Pick<Attachment, 'storage' | 'storageKey'>): Promise<void>;
}

/** The default store: the bytes in `attachment_content`, written in the row's transaction. */
export const postgresStore: AttachmentStore = {
  kind: AttachmentStorage.POSTGRES,
  async put(manager, attachment, bytes) {
    await manager.getRepository(AttachmentContent).insert({ attachmentId: attachment.id, bytes });
    return null;
  },
  async get(manager, attachment) {
    const row = await manager.getRepository(AttachmentContent).findOneByOrFail({ attachmentId: attachment.id });
    return row.bytes;
  },
  // The content row goes with the attachment's row (ON DELETE CASCADE) or with its rolled-back transaction.
  discard: () => Promise.resolve(),
};

/** Settings of the S3-compatible store, from the environment. */
export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
}

/**
 * The S3 settings when `PINGYI_S3_BUCKET` is set: `PINGYI_S3_ENDPOINT` (an S3-compatible server,
 * addressed path-style), `PINGYI_S3_REGION` (default us-east-1); the credentials are the AWS
 * SDK's usual ones (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, a profile, a role). Null otherwise.
 */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Settings | null {
  const bucket = env.PINGYI_S3_BUCKET?.trim();
  if (!bucket) return null;
  return {
    bucket,
    endpoint: env.PINGYI_S3_ENDPOINT?.trim() || undefined,
    region: env.PINGYI_S3_REGION?.trim() || 'us-east-1',
  };
}

/** A store over an S3-compatible bucket (the AWS SDK); objects are keyed `attachments/<id>`. */
export function s3Store(
  settings: S3Settings,
  client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: Boolean(settings.endpoint),
  }),
): AttachmentStore {
  return {
    kind: AttachmentStorage.S3,
    async put(_manager, attachment, bytes) {
      const key = `attachments/${attachment.id}`;
      await client.send(
        new PutObjectCommand({ Bucket: settings.bucket, Key: key, Body: bytes, ContentType: attachment.contentType }),
      );
      return key;
    },
    async get(_manager, attachment) {
      const answer = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: attachment.storageKey! }));
      return Buffer.from(await answer.Body!.transformToByteArray());
    },
    async discard(attachment) {
      if (attachment.storage !== AttachmentStorage.S3 || !attachment.storageKey) return;
      await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: attachment.storageKey }));
    },
  };
}

let configured: AttachmentStore | undefined;

/** The store new attachments go to: S3 when PINGYI_S3_BUCKET is set, PostgreSQL otherwise (read once). */
export function currentStore(): AttachmentStore {
  if (!configured) {
    const settings = s3SettingsFromEnv();
    configured = settings ? s3Store(settings) : postgresStore;
  }
  return configured;
}

/** The store that holds an existing attachment's bytes (where it was written, whatever is configured now). */
export function storeOf(attachment: Pick<Attachment, 'storage'>): AttachmentStore {
  if (attachment.storage === AttachmentStorage.POSTGRES) return postgresStore;
  const store = currentStore();
  if (store.kind !== AttachmentStorage.S3)
    throw new Error('An attachment is kept in S3 but PINGYI_S3_BUCKET is not set');
  return store;
}
