/**
 * What the governance browser test needs beyond useAdminSession: calls with a service token,
 * the ids of 黄浦区, 外滩街道 and 外滩派出所, and a page signed in as another user.
 */
/// <reference lib="dom" />
import type { GqlResponse, TestServer } from '../../support/server';
import type { TestPage } from './browser';
import { openPageAs, type AdminSession } from './session';

/** POSTs a query to /graphql with `token` as Bearer token and returns the parsed body. */
export async function callWithToken(server: TestServer, token: string, query: string): Promise<GqlResponse> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

/** Ids the tests share: 黄浦区, 外滩街道 and 外滩派出所. */
export async function places(
  gql: AdminSession['gql'],
): Promise<{ districtId: string; subdistrictId: string; agencyId: string }> {
  const data = await gql(`{
    districts(filter: { code: "310101" }) { nodes { id } }
    subdistricts(filter: { code: "310101013" }) { nodes { id name } }
  }`);
  const subdistrictId = data.subdistricts.nodes[0].id;
  const agencies = await gql(
    `query ($s: ID!) { dispatchedAgencies(filter: { subdistrictId: $s, nameContains: "派出所" }) { nodes { id name } } }`,
    { s: subdistrictId },
  );
  expect(agencies.dispatchedAgencies.nodes.map((a: { name: string }) => a.name)).toEqual(['外滩派出所']);
  return { districtId: data.districts.nodes[0].id, subdistrictId, agencyId: agencies.dispatchedAgencies.nodes[0].id };
}

/** Signs `username` in through the API and opens a page of their own, as the admin keeps it after its login form. */
export function openSignedIn(session: AdminSession, username: string, password: string): Promise<TestPage> {
  return openPageAs(session.browser, session.server, username, { width: 1280, height: 800 }, { password });
}
