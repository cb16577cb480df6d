/** Which webhook targets may be called: server/webhook/url-policy.ts (README, Settings: PINGYI_WEBHOOK_ALLOW_PRIVATE). */
import {
  privateTargetsAllowed,
  refusedAddress,
  refusedHost,
  refusedResolvedHost,
} from '../../server/webhook/url-policy';

describe('refusedAddress', () => {
  it('always refuses link-local and unspecified addresses, even when private targets are allowed', () => {
    for (const address of [
      '0.0.0.0',
      '0.1.2.3',
      '169.254.169.254',
      '::',
      'fe80::1',
      '[fe80::abcd]',
      '::ffff:169.254.169.254',
    ]) {
      expect({ address, allowed: refusedAddress(address, true) }).toEqual({
        address,
        allowed: expect.stringContaining('link-local or unspecified'),
      });
    }
  });

  it('refuses loopback and private ranges unless allowed', () => {
    const privateOnes = [
      '127.0.0.1',
      '127.255.0.9',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '100.64.0.1',
      '::1',
      'fc00::1',
      'fd12:3456::1',
      '::ffff:10.0.0.1',
      '[::1]',
    ];
    for (const address of privateOnes) {
      expect({ address, refused: refusedAddress(address, false) }).toEqual({
        address,
        refused: expect.stringContaining('loopback or private'),
      });
      expect({ address, refused: refusedAddress(address, true) }).toEqual({ address, refused: null });
    }
  });

  it('lets public addresses through, and just outside the private ranges', () => {
    for (const address of [
      '8.8.8.8',
      '172.15.255.255',
      '172.32.0.0',
      '100.128.0.0',
      '192.169.0.1',
      '2001:db8::1',
      '::ffff:8.8.8.8',
    ]) {
      expect({ address, refused: refusedAddress(address, false) }).toEqual({ address, refused: null });
    }
  });

  it('leaves a name that is no IP address to the others (null)', () => {
    expect(refusedAddress('example.org', false)).toBeNull();
  });
});

describe('refusedHost', () => {
  it('reads localhost and names under it as loopback, in any case and with a final dot', () => {
    for (const host of ['localhost', 'LOCALHOST', 'localhost.', 'api.localhost']) {
      expect({ host, refused: refusedHost(host, false) }).toEqual({
        host,
        refused: expect.stringContaining('loopback'),
      });
      expect({ host, refused: refusedHost(host, true) }).toEqual({ host, refused: null });
    }
  });

  it('checks an IP literal as refusedAddress does, brackets and all', () => {
    expect(refusedHost('[::1]', false)).toEqual(expect.stringContaining('loopback or private'));
    expect(refusedHost('169.254.169.254', true)).toEqual(expect.stringContaining('link-local'));
    expect(refusedHost('hooks.example.org', false)).toBeNull();
  });
});

describe('refusedResolvedHost', () => {
  it('refuses a literal without resolving anything', async () => {
    await expect(refusedResolvedHost('10.0.0.1', false)).resolves.toEqual(
      expect.stringContaining('loopback or private'),
    );
    await expect(refusedResolvedHost('[fe80::1]', true)).resolves.toEqual(expect.stringContaining('link-local'));
    await expect(refusedResolvedHost('8.8.4.4', false)).resolves.toBeNull();
  });
});

describe('privateTargetsAllowed', () => {
  it('is true only for PINGYI_WEBHOOK_ALLOW_PRIVATE=1', () => {
    expect([
      privateTargetsAllowed({ PINGYI_WEBHOOK_ALLOW_PRIVATE: '1' }),
      privateTargetsAllowed({}),
      privateTargetsAllowed({ PINGYI_WEBHOOK_ALLOW_PRIVATE: 'true' }),
    ]).toEqual([true, false, false]);
  });
});
