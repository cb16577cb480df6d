import { loadConfig, trustProxyFromEnv } from '../../server/core/config';

/** PINGYI_TRUST_PROXY as Express's `trust proxy` (README, Settings): off by default, hops or addresses, nothing else. */
describe('PINGYI_TRUST_PROXY', () => {
  it('is off unless set', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    expect(trustProxyFromEnv({ PINGYI_TRUST_PROXY: '' })).toBe(false);
    expect(trustProxyFromEnv({ PINGYI_TRUST_PROXY: '0' })).toBe(false);
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('reads a hop count or a list of addresses, subnets and range names', () => {
    expect(trustProxyFromEnv({ PINGYI_TRUST_PROXY: '1' })).toBe(1);
    expect(trustProxyFromEnv({ PINGYI_TRUST_PROXY: ' 10.0.0.5, 10.1.0.0/16 ,::1,loopback' })).toBe(
      '10.0.0.5,10.1.0.0/16,::1,loopback',
    );
  });

  it('refuses "true" (every hop believed), malformed addresses and huge hop counts, naming the variable', () => {
    for (const value of ['true', '10.0.0.300', '10.0.0.0/33', 'proxy.example', '11'])
      expect(() => trustProxyFromEnv({ PINGYI_TRUST_PROXY: value })).toThrow(/PINGYI_TRUST_PROXY/);
  });
});
