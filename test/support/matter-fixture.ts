import { matterClock } from '../../server/matter/matter-clock';
import { idByCode, type Answer, type Schema } from './api';
import { ok } from './factories';
import type { TestServer } from './server';

/** An office or agency of 外滩街道 as the matter tests use it. */
export interface TestUnit {
  id: string;
  name: string;
  duties: string[];
}

/** 外滩街道's places, units and staff, made through the API for the matter tests. */
export interface MatterFixture {
  districtId: string;
  waitanId: string;
  /** A neighborhood of 外滩街道, and one of 南京东路街道 with that 街道's id. */
  waitanNeighborhoodId: string;
  nanjingId: string;
  nanjingNeighborhoodId: string;
  offices: Record<'partyGovernment' | 'management' | 'safety' | 'selfGovernance' | 'service', TestUnit>;
  police: TestUnit;
  /** Sign-in tokens: ADMINs who are staff of each office or of the police station, 外滩's own ADMIN (no unit), and the district ADMIN. */
  tokens: Record<
    'partyGovernment' | 'management' | 'safety' | 'selfGovernance' | 'service' | 'police' | 'street' | 'district',
    string
  >;
}

/** Sets the matter clock to an instant (ISO 8601); `restoreClock` puts the system clock back. */
export function setClock(iso: string): void {
  const at = new Date(iso);
  matterClock.now = () => new Date(at);
}

/** Puts the matter clock back on the system clock. */
export function restoreClock(): void {
  matterClock.now = () => new Date();
}

const KINDS = {
  partyGovernment: 'PARTY_GOVERNMENT',
  management: 'COMMUNITY_MANAGEMENT',
  safety: 'COMMUNITY_SAFETY',
  selfGovernance: 'COMMUNITY_SELF_GOVERNANCE',
  service: 'COMMUNITY_SERVICE',
} as const;

/**
 * As the 黄浦区 admin (the server's default token): finds 外滩街道's offices and police station,
 * creates one ADMIN per office and for the police station (`<prefix>.<unit>`, password
 * pingyi-demo) plus 外滩's own ADMIN without a unit, and signs each in.
 */
export async function setUpMatters(server: TestServer, prefix: string): Promise<MatterFixture> {
  const districtId = await idByCode(server, 'district', '310101');
  const waitanId = await idByCode(server, 'subdistrict', '310101013');
  const nanjingId = await idByCode(server, 'subdistrict', '310101002');
  const places = await ok<Answer & { w: Schema.Query['neighborhoods']; n: Schema.Query['neighborhoods'] }>(
    server,
    `query ($w: ID!, $n: ID!) {
      offices(filter: { subdistrictId: $w }, first: 20) { nodes { id name kind duties } }
      dispatchedAgencies(filter: { subdistrictId: $w, kind: POLICE_STATION }) { nodes { id name duties } }
      w: neighborhoods(filter: { subdistrictId: $w }, first: 1) { nodes { id } }
      n: neighborhoods(filter: { subdistrictId: $n }, first: 1) { nodes { id } }
    }`,
    { w: waitanId, n: nanjingId },
  );
  const offices = Object.fromEntries(
    Object.entries(KINDS).map(([key, kind]) => {
      const office = places.offices.nodes.find((o: { kind: string }) => o.kind === kind);
      return [key, { id: office!.id, name: office!.name, duties: office!.duties }];
    }),
  ) as MatterFixture['offices'];
  const police = places.dispatchedAgencies.nodes[0] as TestUnit;
  const users: [keyof MatterFixture['tokens'], Record<string, string>][] = [
    ...Object.keys(KINDS).map(
      (key) =>
        [key, { officeId: offices[key as keyof typeof KINDS].id }] as [
          keyof MatterFixture['tokens'],
          Record<string, string>,
        ],
    ),
    ['police', { agencyId: police.id }],
    ['street', {}],
  ];
  const tokens = {} as MatterFixture['tokens'];
  for (const [key, unit] of users) {
    const username = `${prefix}.${key.toLowerCase()}`;
    await ok(server, `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        username,
        displayName: `${key} staff`,
        role: 'ADMIN',
        password: 'pingyi-demo',
        districtId,
        subdistrictId: waitanId,
        ...unit,
      },
    });
    tokens[key] = await server.login(username);
  }
  tokens.district = await server.login('huangpu.admin');
  return {
    districtId,
    waitanId,
    waitanNeighborhoodId: places.w.nodes[0].id,
    nanjingId,
    nanjingNeighborhoodId: places.n.nodes[0].id,
    offices,
    police,
    tokens,
  };
}

/** The fields most matter tests read back. */
export const MATTER_FIELDS = `id type status subdistrictId ownerOfficeId ownerAgencyId ownerName receiverName receivedAt responseDueAt dueAt respondedAt resolvedAt
  firstResolvedAt overdueAt runAround transferCount extensionStatus satisfaction ratingCounts appealStatus rectificationDueAt
  reporter { name phone masked }
  events { kind at officeId agencyId targetOfficeId targetAgencyId duty note chargedWorkingDays unitName targetName decision }`;

/** Receives a matter as `token` and returns { matter, trackingCode }. */
export async function receive(
  server: TestServer,
  token: string,
  input: Record<string, unknown>,
): Promise<{ matter: Schema.Matter; trackingCode: string }> {
  const data = await ok(
    server,
    `mutation ($input: ReceiveMatterInput!) { receiveMatter(input: $input) { trackingCode matter { ${MATTER_FIELDS} } } }`,
    { input },
    token,
  );
  return data.receiveMatter;
}

/** A service token of 黄浦区 with `scopes` (e.g. MATTERS_WRITE), made by the district ADMIN (the server's default token). */
export async function serviceToken(server: TestServer, districtId: string, scopes: string[]): Promise<string> {
  const data = await ok(
    server,
    `mutation ($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token } }`,
    {
      input: {
        name: `matters ${scopes.join(' ')}`,
        districtId,
        scopes,
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
  );
  return data.createServiceToken.token;
}
