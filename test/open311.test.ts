/**
 * Open311 GeoReport v2 at /open311/v2/, driven with the example requests of the
 * GeoReport v2 specification (wiki.open311.org/GeoReport_v2: GET services, POST a service request,
 * GET service requests, GET a service request) sent as JSON requests, with Pingyi's values put in
 * place of the spec's placeholders: `api_key=xyz` → a service token, `jurisdiction_id=city.gov` →
 * 外滩街道's code, `service_code=001` → COMPLAINT, the 2010 dates → dates around the matter, the id
 * 638344 → the id the POST returned. An existing client follows the status, agency_responsible and
 * expected_datetime; no answer carries the reporter's name, phone or e-mail.
 */
import { useTestApi } from './support/api';
import { MatterFixture, restoreClock, serviceToken, setClock, setUpMatters } from './support/matter-fixture';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
let f: MatterFixture;
let key: string;
const WAITAN = '310101013';

beforeAll(async () => {
  f = await setUpMatters(api.server, 'os');
  key = await serviceToken(api.server, f.districtId, ['MATTERS_WRITE']);
});
afterEach(restoreClock);

/** An Open311 answer: a JSON list of records (services, service requests, or errors), whose values are strings, numbers or null. */
type Open311Answer = Record<string, string | number | null>[];

async function get(path: string): Promise<{ status: number; body: Open311Answer }> {
  const res = await fetch(`${api.server.url}/open311/v2/${path}`);
  return { status: res.status, body: (await res.json()) as Open311Answer };
}

/** The spec's POST example, form-encoded as the spec sends it, with Pingyi's key, jurisdiction and service code. */
function specPostBody(apiKey: string, jurisdiction = WAITAN, serviceCode = 'COMPLAINT'): string {
  return `api_key=${apiKey}&jurisdiction_id=${jurisdiction}&service_code=${serviceCode}&lat=37.76524078&long=-122.4212043&address_string=1234+5th+street&email=smit333%40sfgov.edu&device_id=tt222111&account_id=123456&first_name=john&last_name=smith&phone=111111111&description=A+large+sinkhole+is+destroying+the+street&media_url=http%3A%2F%2Ffarm3.static.flickr.com%2F2002%2F2212426634_5ed477a060.jpg&attribute[WHISPAWN]=123456&attribute[WHISDORN]=COISL001`;
}

async function post(body: string): Promise<{ status: number; body: Open311Answer }> {
  const res = await fetch(`${api.server.url}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Open311Answer };
}

/** A POST of requests.json with a JSON body (a lone surrogate survives JSON, not a form). */
async function postJson(body: Record<string, unknown>): Promise<{ status: number; body: Open311Answer }> {
  const res = await fetch(`${api.server.url}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Open311Answer };
}

/** The spec's POST body with `changes` applied (a value of null drops the parameter). */
function specPostWith(changes: Record<string, string | null>): string {
  const params = new URLSearchParams(specPostBody(key));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  return params.toString();
}

describe("Open311 GeoReport v2 with the specification's example requests", () => {
  it('lists the services, takes a request, and reports its status, agency and expected time as it moves', async () => {
    // GET services (spec: services.xml?jurisdiction_id=city.gov).
    const services = await get(`services.json?jurisdiction_id=${WAITAN}&api_key=${key}`);
    expect(services.status).toBe(200);
    expect(services.body.map((s) => s.service_code)).toEqual([
      'CONSULTATION',
      'COMPLAINT',
      'REQUEST_FOR_HELP',
      'COMPLEX',
    ]);
    expect(services.body[1]).toMatchObject({ service_name: '投诉 Complaint', metadata: 'false', type: 'realtime' });

    // POST a service request (spec's example body), on Tuesday 2025-09-30 10:00 in Shanghai.
    setClock('2025-09-30T10:00:00+08:00');
    const created = await post(specPostBody(key));
    expect(created.status).toBe(201);
    const id = created.body[0].service_request_id;
    expect(created.body[0].service_notice).toMatch(/Tracking code [0-9A-Z]{4}(-[0-9A-Z]{4}){3}/);
    const stored = await ok(
      api.server,
      `query ($id: ID!) { matter(id: $id) { channel ownerName description reporter { name phone masked } } }`,
      { id },
      f.tokens.partyGovernment,
    );
    expect(stored.matter).toEqual({
      channel: 'ONLINE',
      ownerName: '党政办公室',
      description: 'A large sinkhole is destroying the street',
      reporter: { name: 'john smith', phone: '111111111', masked: false },
    });

    // GET service requests (spec: requests.xml?start_date=…&end_date=…&status=open&jurisdiction_id=city.gov).
    const open = await get(
      `requests.json?start_date=2025-09-24T00:00:00Z&end_date=2025-10-24T00:00:00Z&status=open&jurisdiction_id=${WAITAN}&api_key=${key}`,
    );
    expect(open.status).toBe(200);
    expect(open.body).toEqual([
      expect.objectContaining({
        service_request_id: id,
        status: 'open',
        service_code: 'COMPLAINT',
        agency_responsible: '党政办公室',
        requested_datetime: '2025-09-30T02:00:00.000Z',
        // 5 working days after 09-30 across the National Day holiday and the make-up Saturday: 10-14 24:00.
        expected_datetime: '2025-10-14T16:00:00.000Z',
        address: '1234 5th street',
      }),
    ]);
    expect(JSON.stringify([open.body, created.body])).not.toMatch(/john|smith|111111111|sfgov/);

    // The 党政办 passes it to 管理办; GET a service request (spec: requests/638344.xml?jurisdiction_id=city.gov) follows.
    setClock('2025-10-09T10:00:00+08:00');
    await ok(
      api.server,
      `mutation ($id: ID!, $o: ID!) { transferMatter(id: $id, input: { targetOfficeId: $o, duty: "城市综合管理", reason: "道路塌陷属城市管理" }) { id } }`,
      { id, o: f.offices.management.id },
      f.tokens.partyGovernment,
    );
    expect((await get(`requests/${id}.json?jurisdiction_id=${WAITAN}&api_key=${key}`)).body).toEqual([
      expect.objectContaining({ service_request_id: id, status: 'open', agency_responsible: '社区管理办公室' }),
    ]);
    setClock('2025-10-10T10:00:00+08:00');
    await ok(
      api.server,
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已回填修复" }) { id } }`,
      { id },
      f.tokens.management,
    );
    const closed = await get(`requests/${id}.json?jurisdiction_id=${WAITAN}&api_key=${key}`);
    expect(closed.body[0]).toMatchObject({
      status: 'closed',
      status_notes: '已回填修复',
      updated_datetime: '2025-10-10T02:00:00.000Z',
    });
    expect(
      (
        await get(
          `requests.json?start_date=2025-09-24T00:00:00Z&end_date=2025-10-24T00:00:00Z&status=open&jurisdiction_id=${WAITAN}&api_key=${key}`,
        )
      ).body,
    ).toEqual([]);
  });

  it("answers the spec's errors: 400 without jurisdiction_id or service_code, 404 for an unknown one, 401/403 for keys, JSON only", async () => {
    const readOnly = await serviceToken(api.server, f.districtId, ['MATTERS_READ']);
    const cases: [Promise<{ status: number; body: Open311Answer }>, number, RegExp][] = [
      [get(`services.json?api_key=${key}`), 400, /jurisdiction_id: required/],
      [get(`services.json?jurisdiction_id=310104003&api_key=${key}`), 404, /jurisdiction_id/],
      [get(`services.json?jurisdiction_id=${WAITAN}`), 401, /api_key/],
      [get(`services.xml?jurisdiction_id=${WAITAN}&api_key=${key}`), 400, /JSON only/],
      [
        get(
          `requests.json?jurisdiction_id=${WAITAN}&api_key=${key}&start_date=2025-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z`,
        ),
        400,
        /at most 90 days/,
      ],
      [
        get(`requests/00000000-0000-4000-8000-000000000000.json?jurisdiction_id=${WAITAN}&api_key=${key}`),
        404,
        /service_request_id/,
      ],
      [post(specPostBody(key, WAITAN, '001')), 400, /service_code: one of/],
      [post(specPostBody(readOnly)), 403, /matters:write/],
      [post(specPostBody('pyt_nonsense')), 401, /not valid/],
    ];
    for (const [pending, status, description] of cases) {
      const res = await pending;
      expect(res.status).toBe(status);
      expect(res.body).toEqual([
        {
          code: status,
          description: expect.stringMatching(description),
          reason: expect.any(String),
          params: expect.any(Object),
        },
      ]);
    }
  });

  it('takes lat and long as JSON numbers too, and keeps them as the place', async () => {
    const spec = Object.fromEntries(new URLSearchParams(specPostBody(key)));
    const res = await postJson({ ...spec, address_string: null, lat: 31.2397, long: 121.4998 });
    expect(res.status).toBe(201);
    const [{ place }] = (await api.server.db.query('SELECT place FROM matter ORDER BY received_at DESC LIMIT 1')) as {
      place: string;
    }[];
    expect(place).toBe('31.2397,121.4998');
  });

  it('answers 400 naming the field, and writes nothing, for a NUL character, an invisible description or a place off the globe', async () => {
    const [{ count: before }] = (await api.server.db.query('SELECT count(*)::int AS count FROM matter')) as {
      count: number;
    }[];
    const cases: [() => Promise<{ status: number; body: Open311Answer }>, RegExp][] = [
      [() => post(specPostWith({ description: 'a\u0000b' })), /^description: .*NUL/],
      [() => post(specPostWith({ first_name: 'a\u0000' })), /^first_name: .*NUL/],
      [
        () => postJson({ ...Object.fromEntries(new URLSearchParams(specPostBody(key))), address_string: 'x\ud800' }),
        /^address_string: .*surrogate/,
      ],
      [() => get(`requests.json?jurisdiction_id=3101010%0013&api_key=${key}`), /^jurisdiction_id: .*NUL/],
      [() => get(`services.json?jurisdiction_id=${WAITAN}&api_key=${key}&status=%00`), /^status: .*NUL/],
      [() => post(specPostWith({ description: '\u200b\u200b \u2060' })), /^description: required/],
      [() => post(specPostWith({ lat: '91' })), /^lat: .*-90/],
      [() => post(specPostWith({ long: '-180.5' })), /^long: .*-180/],
      [() => post(specPostWith({ lat: 'north', address_string: null })), /^lat: /],
      [() => post(specPostWith({ long: '121.49°E', address_string: '外滩' })), /^long: /],
      // Values the service once passed on for PostgreSQL to refuse (HTTP 500 then).
      [() => post(specPostWith({ lat: `31.${'2'.repeat(250)}`, address_string: null })), /^lat: /],
      [() => post(specPostWith({ first_name: '张'.repeat(50), last_name: '三'.repeat(50) })), /^first_name: /],
      // A name or place holding a character that shows nothing, refused as ReceiveMatterInput refuses it.
      [() => post(specPostWith({ last_name: '王\u200b芳' })), /^last_name: .*shows nothing/],
      [() => post(specPostWith({ address_string: '中山东一路\u202e1号' })), /^address_string: .*shows nothing/],
      [
        () => get(`requests.json?jurisdiction_id=${WAITAN}&api_key=${key}&start_date=-100000-01-01T00:00:00Z`),
        /^start_date: /,
      ],
    ];
    for (const [send, description] of cases) {
      const res = await send();
      expect(res.status).toBe(400);
      expect(res.body).toEqual([
        {
          code: 400,
          description: expect.stringMatching(description),
          reason: expect.any(String),
          params: expect.any(Object),
        },
      ]);
    }
    const [{ count: after }] = (await api.server.db.query('SELECT count(*)::int AS count FROM matter')) as {
      count: number;
    }[];
    expect(after).toBe(before);
  });
});
