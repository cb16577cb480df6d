import { DIVISION_BY_CODE } from '../operations';
import type { TestServer } from '../server';
import { ok } from './call';

/** Division codes of the places the tests use from Shanghai's data. */
export const CODES = {
  /** 黄浦区, the demo district. */
  huangpu: '310101',
  /** 外滩街道: the demo's officials, chair (waitan.chair) and representative (waitan.rep). */
  waitan: '310101013',
  /** 南京东路街道, another 街道 of 黄浦区: outside a 外滩街道 user's scope. */
  nanjing: '310101002',
  /** 徐汇区: outside every 黄浦区 user's scope. */
  xuhui: '310104',
} as const;

/** Ids of the places of CODES. */
export interface Places {
  huangpu: string;
  waitan: string;
  nanjing: string;
  xuhui: string;
}

const cache = new WeakMap<TestServer, Promise<Places>>();

/** The id of the district, subdistrict or neighborhood with this division code (through the API). */
export async function idByCode(
  server: TestServer,
  type: 'district' | 'subdistrict' | 'neighborhood',
  code: string,
): Promise<string> {
  const data = await ok(server, DIVISION_BY_CODE[type], { code });
  const node = (Object.values(data)[0] as { nodes: { id: string; code: string }[] }).nodes[0];
  if (!node || node.code !== code) throw new Error(`no ${type} with code ${code}`);
  return node.id;
}

/** The ids of 黄浦区, 外滩街道, 南京东路街道 and 徐汇区 on `server`, looked up once per server. */
export function places(server: TestServer): Promise<Places> {
  let found = cache.get(server);
  if (!found) {
    found = (async () => ({
      huangpu: await idByCode(server, 'district', CODES.huangpu),
      waitan: await idByCode(server, 'subdistrict', CODES.waitan),
      nanjing: await idByCode(server, 'subdistrict', CODES.nanjing),
      xuhui: await idByCode(server, 'district', CODES.xuhui),
    }))();
    cache.set(server, found);
  }
  return found;
}
