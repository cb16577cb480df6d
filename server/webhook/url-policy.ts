import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Ranges never called: the unspecified address ("this network") and link-local (cloud metadata services live there). */
const ALWAYS_REFUSED = new BlockList();
ALWAYS_REFUSED.addSubnet('0.0.0.0', 8, 'ipv4');
ALWAYS_REFUSED.addSubnet('169.254.0.0', 16, 'ipv4');
ALWAYS_REFUSED.addAddress('::', 'ipv6');
ALWAYS_REFUSED.addSubnet('fe80::', 10, 'ipv6');

/** Loopback and private ranges: called only when PINGYI_WEBHOOK_ALLOW_PRIVATE=1. */
const PRIVATE = new BlockList();
PRIVATE.addSubnet('127.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('100.64.0.0', 10, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');

/** Whether loopback and private targets are allowed: PINGYI_WEBHOOK_ALLOW_PRIVATE=1 (read on every check). */
export function privateTargetsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PINGYI_WEBHOOK_ALLOW_PRIVATE === '1';
}

/**
 * Why an IP address may not be a webhook target, or null when it may: link-local and unspecified
 * always, loopback and private ranges unless `allowPrivate`. IPv4-mapped IPv6 addresses are read
 * as their IPv4 address.
 */
export function refusedAddress(address: string, allowPrivate = privateTargetsAllowed()): string | null {
  let ip = address.replace(/^\[|\]$/g, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped) ip = mapped[1];
  const family = isIP(ip);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (ALWAYS_REFUSED.check(ip, type)) return `${ip} is a link-local or unspecified address`;
  if (!allowPrivate && PRIVATE.check(ip, type))
    return `${ip} is a loopback or private address (set PINGYI_WEBHOOK_ALLOW_PRIVATE=1 to allow)`;
  return null;
}

/**
 * Why the host written in a webhook URL may not be called, or null: an IP literal checked by
 * `refusedAddress`, and `localhost` (or a name under it) read as loopback.
 */
export function refusedHost(hostname: string, allowPrivate = privateTargetsAllowed()): string | null {
  const host = hostname
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost')))
    return `${host} is a loopback address (set PINGYI_WEBHOOK_ALLOW_PRIVATE=1 to allow)`;
  return refusedAddress(host, allowPrivate);
}

/**
 * Resolves `hostname` at delivery time and returns why one of its addresses may not be called,
 * or null when all may. A name that does not resolve is left to the request to report.
 */
export async function refusedResolvedHost(
  hostname: string,
  allowPrivate = privateTargetsAllowed(),
): Promise<string | null> {
  const literal = refusedHost(hostname, allowPrivate);
  if (literal) return literal;
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return null;
  let addresses: { address: string }[];
  try {
    addresses = await lookup(host, { all: true });
  } catch {
    return null;
  }
  for (const { address } of addresses) {
    const reason = refusedAddress(address, allowPrivate);
    if (reason) return `${host} resolves to ${reason}`;
  }
  return null;
}
