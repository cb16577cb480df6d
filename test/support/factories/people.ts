import { hashPassword } from '../../../server/user/user.service';
import { pinyinKeys } from '../../../server/core/pinyin';
import { CREATE_SERVICE_TOKEN, CREATE_USER } from '../operations';
import type { TestServer } from '../server';
import { ok, PASSWORD, unique } from './call';
import { places } from './places';

/** A user a factory made and signed in. */
export interface SignedInUser {
  id: string;
  username: string;
  /** Bearer token from `login`. */
  token: string;
}

/** What a new user may be given; everything has a default. */
export interface UserOptions {
  /** Default REPRESENTATIVE. */
  role?: 'ADMIN' | 'CHAIR' | 'REPRESENTATIVE' | 'ASSESSOR' | 'OFFICIAL';
  /** Scope: default 黄浦区 … */
  districtId?: string;
  /** … and 外滩街道; `null` for the whole district. */
  subdistrictId?: string | null;
  /** For an OFFICIAL user: the official they are. */
  officialId?: string;
  username?: string;
  displayName?: string;
  /** Token the user is created with (an ADMIN's); default the server's signed-in one. */
  as?: string;
}

/**
 * A user created through `createUser` (by default as the signed-in ADMIN) and signed in through
 * `login`: by default a REPRESENTATIVE of 外滩街道 with the demo password.
 */
export async function user(server: TestServer, options: UserOptions = {}): Promise<SignedInUser> {
  const at = await places(server);
  const role = options.role ?? 'REPRESENTATIVE';
  const username = options.username ?? unique(role.toLowerCase());
  const input = {
    username,
    displayName: options.displayName ?? username,
    password: PASSWORD,
    role,
    districtId: options.districtId ?? at.huangpu,
    subdistrictId: options.subdistrictId === undefined ? at.waitan : options.subdistrictId,
    officialId: options.officialId,
  };
  const created = await ok(server, CREATE_USER, { input }, options.as);
  return { id: created.createUser.id, username, token: await server.login(username, PASSWORD) };
}

/**
 * `count` REPRESENTATIVE users of one 街道 (default 外滩街道), made as `user` makes them and named
 * 代表0, 代表1, …: ids, tokens and usernames in the same order.
 */
export async function representatives(
  server: TestServer,
  count: number,
  options: Omit<UserOptions, 'role' | 'username'> = {},
): Promise<{ ids: string[]; tokens: string[]; usernames: string[] }> {
  const made: SignedInUser[] = [];
  // Eight at a time: each costs two password hashes (creation and sign-in), which the server computes on its thread pool.
  for (let i = 0; i < count; i += 8) {
    made.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(8, count - i) }, (_, j) =>
          user(server, { displayName: `代表${i + j}`, ...options, role: 'REPRESENTATIVE' }),
        ),
      )),
    );
  }
  return { ids: made.map((u) => u.id), tokens: made.map((u) => u.token), usernames: made.map((u) => u.username) };
}

/** A service token of 黄浦区 (default) with `scopes`, valid for a day unless `expiresAt`: its id and the token string. */
export async function serviceToken(
  server: TestServer,
  options: { scopes: string[]; districtId?: string; name?: string; expiresAt?: string; as?: string },
): Promise<{ id: string; token: string }> {
  const input = {
    name: options.name ?? unique('token'),
    districtId: options.districtId ?? (await places(server)).huangpu,
    scopes: options.scopes,
    expiresAt: options.expiresAt ?? new Date(Date.now() + 24 * 3600_000).toISOString(),
  };
  const created = await ok(server, CREATE_SERVICE_TOKEN, { input }, options.as);
  return { id: created.createServiceToken.serviceToken.id, token: created.createServiceToken.token };
}

/**
 * The first ADMIN of another district (default 徐汇区), signed in. No operation can make it: an
 * ADMIN creates users only inside their own scope, so this one row is written in SQL, as an
 * operator would seed a new district; everything else is then made through the API with its token.
 */
export async function otherDistrictAdmin(server: TestServer, districtId?: string): Promise<SignedInUser> {
  const username = unique('district.admin');
  const [row] = await server.db.query(
    `INSERT INTO app_user (username, display_name, role, district_id, password_hash, pinyin_key, pinyin_search)
     VALUES ($1, $1, 'ADMIN', $2, $3, $4, $5) RETURNING id`,
    [
      username,
      districtId ?? (await places(server)).xuhui,
      await hashPassword(PASSWORD),
      ...Object.values(pinyinKeys(username)),
    ],
  );
  return { id: row.id, username, token: await server.login(username, PASSWORD) };
}
