/**
 * Photos and documents of the self-governance records (docs/rules.md rule 14): up to 10 MB, a
 * JPEG, PNG, WebP or PDF by content, stored in PostgreSQL (the default store), served only to those
 * who may read the record, nothing half-written.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a Windows executable (MZ header, PE signature), named as a PNG below. */
const EXE = Buffer.concat([
  Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000', 'hex'),
  Buffer.alloc(512),
]);
const TEN_MB = 10 * 1024 * 1024;

let mediationId: string;
let hearingId: string;

beforeAll(async () => {
  const waitan = (await make.places(api.server)).waitan;
  const data = await make.ok(
    api.server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    { s: waitan },
  );
  const neighborhoodId = data.neighborhoods.nodes[0].id;
  mediationId = (
    await make.ok(api.server, `mutation ($input: CreateMediationInput!) { createMediation(input: $input) { id } }`, {
      input: {
        neighborhoodId,
        subject: '装修噪音纠纷。',
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
    })
  ).createMediation.id;
  const project = await make.ok(
    api.server,
    `mutation ($input: CreateWorksProjectInput!) { createWorksProject(input: $input) { id } }`,
    { input: { neighborhoodId, name: make.unique('四川中路人行道改造') } },
  );
  hearingId = (
    await make.ok(api.server, `mutation ($input: CreateHearingInput!) { createHearing(input: $input) { id } }`, {
      input: {
        projectId: project.createWorksProject.id,
        heldOn: '2026-11-10',
        presenter: '王工',
        constructionStartsOn: '2026-12-01',
        constructionEndsOn: '2027-01-31',
        chairName: '张主任',
        representatives: ['李阿姨'],
      },
    })
  ).createHearing.id;
});

/** The JSON answer of an upload: the attachment, or the errors. */
interface UploadAnswer {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
  url: string;
  errors: { message: string; extensions: { code: string; field?: string | null } }[];
}

/** POSTs `bytes` as the multipart field "file" named `name`. */
async function upload(owner: string, id: string, bytes: Buffer, name: string, token?: string | null) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  const headers: Record<string, string> =
    token === null ? {} : token ? { authorization: `Bearer ${token}` } : api.server.authHeader();
  const res = await fetch(`${api.server.url}/attachments/${owner}/${id}`, { method: 'POST', headers, body: form });
  return { status: res.status, body: (await res.json()) as UploadAnswer };
}

async function download(url: string, token?: string) {
  return fetch(`${api.server.url}${url}`, {
    headers: token ? { authorization: `Bearer ${token}` } : api.server.authHeader(),
  });
}

async function stored(): Promise<[number, number]> {
  const [row] = await api.server.db.query(
    `SELECT (SELECT count(*)::int FROM attachment) AS a, (SELECT count(*)::int FROM attachment_content) AS c`,
  );
  return [row.a, row.c];
}

describe('attachments of self-governance records (docs/rules.md rule 14)', () => {
  it('a PNG is accepted, listed on the record, downloaded by those who read it, and deleted', async () => {
    const added = await upload('mediation', mediationId, PNG, '现场照片.png');
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: '现场照片.png', contentType: 'image/png', size: PNG.length });
    expect(added.body.url).toBe(`/attachments/${added.body.id}`);

    const listed = await api.server.gql(
      `query ($id: ID!) { mediation(id: $id) { attachments { id name contentType size url createdAt } } }`,
      { id: mediationId },
    );
    expect(expectData(listed).mediation!.attachments).toEqual([
      {
        id: added.body.id,
        name: '现场照片.png',
        contentType: 'image/png',
        size: PNG.length,
        url: added.body.url,
        createdAt: added.body.createdAt,
      },
    ]);

    const got = await download(added.body.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    // The type served is the one read from the content, whatever the name says.
    const named = await upload('mediation', mediationId, PNG, 'page.html');
    expect(named.status).toBe(201);
    expect((await download(named.body.url)).headers.get('content-type')).toBe('image/png');
    expectData(await api.server.gql(`mutation ($id: ID!) { deleteAttachment(id: $id) }`, { id: named.body.id }));

    // Mediations are read by ADMINs in scope only: another 街道's ADMIN and a representative get 404.
    const nanjing = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    });
    expect((await download(added.body.url, nanjing.token)).status).toBe(404);
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expect((await download(added.body.url, rep.token)).status).toBe(404);
    expect((await fetch(`${api.server.url}${added.body.url}`)).status).toBe(401);

    // A hearing is read by every signed-in user in scope: the representative downloads its photo.
    const photo = await upload('hearing', hearingId, PNG, 'hearing.png');
    expect(photo.status).toBe(201);
    expect((await download(photo.body.url, rep.token)).status).toBe(200);
    expect((await download(photo.body.url, nanjing.token)).status).toBe(404);
    // … but only an ADMIN of its 街道 adds one.
    const refused = await upload('hearing', hearingId, PNG, 'rep.png', rep.token);
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);

    const deleted = await api.server.gql(`mutation ($id: ID!) { deleteAttachment(id: $id) }`, { id: added.body.id });
    expect(expectData(deleted).deleteAttachment).toBe(added.body.id);
    expect((await download(added.body.url)).status).toBe(404);
    const content = await api.server.db.query(
      `SELECT count(*)::int AS n FROM attachment_content WHERE attachment_id = $1`,
      [added.body.id],
    );
    expect(content).toEqual([{ n: 0 }]);
    const audit = await api.server.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, id`, [
      added.body.id,
    ]);
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['attachment.added', 'attachment.deleted']);
    expectError(
      await api.server.gql(`mutation ($id: ID!) { deleteAttachment(id: $id) }`, { id: added.body.id }),
      'NOT_FOUND',
    );
  });

  it('refuses by content and by size, naming the field, and writes nothing', async () => {
    const before = await stored();
    const exe = await upload('mediation', mediationId, EXE, 'photo.png');
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(exe.body.errors[0].message).toMatch(/application\/x-msdownload/);

    // A file cut short inside its header (the PNG signature alone) is of no known type, not a crash.
    const cut = await upload('mediation', mediationId, Buffer.from('89504e470d0a1a0a', 'hex'), 'cut.png');
    expect([cut.status, cut.body.errors[0].extensions]).toEqual([
      400,
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'file', reason: 'attachment.fileType' }),
    ]);

    const tooBig = await upload(
      'mediation',
      mediationId,
      Buffer.concat([PNG, Buffer.alloc(TEN_MB + 1 - PNG.length)]),
      'big.png',
    );
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(await stored()).toEqual(before);

    // Exactly 10 MB is accepted.
    const limit = await upload(
      'mediation',
      mediationId,
      Buffer.concat([PNG, Buffer.alloc(TEN_MB - PNG.length)]),
      'limit.png',
    );
    expect([limit.status, limit.body.size]).toEqual([201, TEN_MB]);
    expect(await stored()).toEqual([before[0] + 1, before[1] + 1]);

    const unknown = await upload('mediation', '00000000-0000-4000-8000-000000000000', PNG, 'x.png');
    expect([unknown.status, unknown.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const noFile = await fetch(`${api.server.url}/attachments/mediation/${mediationId}`, {
      method: 'POST',
      headers: api.server.authHeader(),
    });
    expect(noFile.status).toBe(400);
  });

  it('tells who may not attach before the file is read: a 12 MB upload without sign-in is 401, from a representative 403', async () => {
    const before = await stored();
    const big = Buffer.concat([PNG, Buffer.alloc(12 * 1024 * 1024)]);
    const anonymous = await upload('mediation', mediationId, big, 'big.png', null);
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    const refused = await upload('hearing', hearingId, big, 'big.png', rep.token);
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect(await stored()).toEqual(before);
  });

  it('keeps a file name without its folders and without characters that show nothing', async () => {
    const saved = await upload('mediation', mediationId, PNG, 'C:\\照片\\现场\u200b照片\u202e.png');
    expect([saved.status, saved.body.name]).toEqual([201, '现场照片.png']);
  });
});
