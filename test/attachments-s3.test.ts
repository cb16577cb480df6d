/**
 * Attachments in an S3-compatible bucket (docs/rules.md rule 14): with PINGYI_S3_BUCKET set, the
 * bytes go to the bucket through the AWS SDK instead of PostgreSQL, are served from it to those who
 * read the record, and leave it when the attachment is deleted. The bucket is a local S3-compatible
 * server (s3rver) on a random port, without network.
 */
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver ships no types; it is used here only as a local S3-compatible server.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
};
import { useTestApi } from './support/api';
import * as make from './support/factories';

const api = useTestApi({ withShanghai: true });
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const BUCKET = 'pingyi-attachments';
const directory = mkdtempSync(join(tmpdir(), 'pingyi-s3-'));
const s3rver = new S3rver({
  port: 0,
  address: '127.0.0.1',
  silent: true,
  directory,
  configureBuckets: [{ name: BUCKET }],
});
let client: S3Client;

beforeAll(async () => {
  const { port } = await s3rver.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // Read by the attachment store at its first use in this file.
  Object.assign(process.env, {
    PINGYI_S3_BUCKET: BUCKET,
    PINGYI_S3_ENDPOINT: endpoint,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  });
  client = new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});

afterAll(async () => {
  await s3rver.close();
  rmSync(directory, { recursive: true, force: true });
});

async function mediation(): Promise<string> {
  const waitan = (await make.places(api.server)).waitan;
  const hoods = await make.ok(
    api.server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    { s: waitan },
  );
  const created = await make.ok(
    api.server,
    `mutation ($input: CreateMediationInput!) { createMediation(input: $input) { id } }`,
    {
      input: {
        neighborhoodId: hoods.neighborhoods.nodes[0].id,
        subject: '噪音纠纷。',
        disputeKind: 'BETWEEN_NEIGHBOURS',
        heldOn: '2026-11-01',
        parties: [
          { name: '甲', kind: 'PERSON' },
          { name: '乙', kind: 'PERSON' },
        ],
        chairName: '张主任',
        chairRole: 'RESIDENTS_COMMITTEE_DIRECTOR',
        legalAdviser: '陈律师',
      },
    },
  );
  return created.createMediation.id;
}

describe('attachments in an S3-compatible bucket (docs/rules.md rule 14)', () => {
  it('keeps the bytes in the bucket, serves them to readers, and removes the object with the attachment', async () => {
    const id = await mediation();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PNG)]), '调解现场.png');
    const res = await fetch(`${api.server.url}/attachments/mediation/${id}`, {
      method: 'POST',
      headers: api.server.authHeader(),
      body: form,
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as { id: string; url: string; name: string };
    expect(added.name).toBe('调解现场.png');

    const [row] = await api.server.db.query(
      `SELECT storage, storage_key, (SELECT count(*)::int FROM attachment_content WHERE attachment_id = a.id) AS in_db FROM attachment a WHERE id = $1`,
      [added.id],
    );
    expect(row).toEqual({ storage: 'S3', storage_key: `attachments/${added.id}`, in_db: 0 });
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storage_key }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(PNG)).toBe(true);

    const got = await fetch(`${api.server.url}${added.url}`, { headers: api.server.authHeader() });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expect(
      (await fetch(`${api.server.url}${added.url}`, { headers: { authorization: `Bearer ${rep.token}` } })).status,
    ).toBe(404);

    await make.ok(api.server, `mutation ($id: ID!) { deleteAttachment(id: $id) }`, { id: added.id });
    await expect(client.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storage_key }))).rejects.toMatchObject({
      name: 'NoSuchKey',
    });
  });

  it('removes the object again when the transaction that records the attachment fails: nothing half-written', async () => {
    const id = await mediation();
    const objects = async () =>
      (await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents?.map((o) => o.Key) ?? [];
    const before = await objects();
    const rows = async () => (await api.server.db.query(`SELECT count(*)::int AS n FROM attachment`))[0].n;
    const rowsBefore = await rows();
    // The audit entry fails after the object was written, so the whole upload must roll back.
    await api.server.db.query(`CREATE FUNCTION refuse_attachment_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'attachment.added' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await api.server.db.query(
      `CREATE TRIGGER refuse_attachment_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_attachment_audit()`,
    );
    try {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(PNG)]), 'x.png');
      const res = await fetch(`${api.server.url}/attachments/mediation/${id}`, {
        method: 'POST',
        headers: api.server.authHeader(),
        body: form,
      });
      expect(res.status).toBe(500);
    } finally {
      await api.server.db.query(`DROP TRIGGER refuse_attachment_audit ON audit_event`);
      await api.server.db.query(`DROP FUNCTION refuse_attachment_audit()`);
    }
    expect(await rows()).toBe(rowsBefore);
    expect(await objects()).toEqual(before);
  });
});
