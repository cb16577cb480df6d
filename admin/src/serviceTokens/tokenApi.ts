/**
 * The service tokens' calls that are not plain React-Admin ones: creating (the answer carries
 * the token string this once, so it never enters React-Admin's cache), revoking, and the
 * signed-in user's scope (tokens and webhooks belong to a whole district).
 */
import { request } from '../common/api';

/** The signed-in user's role and scope. */
export interface Me {
  id: string;
  role: string;
  districtId: string;
  subdistrictId: string | null;
}

/** What creating a token takes. */
export interface NewServiceToken {
  name: string;
  districtId: string;
  scopes: string[];
  /** ISO 8601 instant, within a year. */
  expiresAt: string;
}

/** The signed-in user (`me`). */
export async function fetchMe(): Promise<Me> {
  const data = await request<{ me: Me }>(`query Me { me { id role districtId subdistrictId } }`);
  return data.me;
}

/** Creates a token (createServiceToken) and returns its id and the token string, shown only this once. */
export async function createServiceToken(input: NewServiceToken): Promise<{ id: string; token: string }> {
  const data = await request<{ createServiceToken: { token: string; serviceToken: { id: string } } }>(
    `mutation CreateServiceToken($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token serviceToken { id } } }`,
    { input },
  );
  return { id: data.createServiceToken.serviceToken.id, token: data.createServiceToken.token };
}

/** Revokes token `id` at once (revokeServiceToken). */
export async function revokeServiceToken(id: string): Promise<void> {
  await request(`mutation RevokeServiceToken($id: ID!) { revokeServiceToken(id: $id) { id revokedAt } }`, { id });
}
