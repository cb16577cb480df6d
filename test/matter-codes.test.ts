/**
 * Bad input of residents' matters (docs/rules.md rule 13): a guessed tracking code. Look-ups and ratings by code are limited per
 * address (30 in 15 minutes), after which even a right code waits; codes are random, shown once
 * and stored only as a hash.
 */
import { CODE_ATTEMPTS_PER_ADDRESS } from '../server/matter/matter-resident.service';
import { hashTrackingCode, normaliseTrackingCode } from '../server/matter/tracking-code';
import { useTestApi } from './support/api';
import { receive, setUpMatters } from './support/matter-fixture';

const api = useTestApi({ withShanghai: true });

it('limits guessing tracking codes per address and stores only their hash', async () => {
  const f = await setUpMatters(api.server, 'mc');
  const { matter, trackingCode } = await receive(api.server, f.tokens.service, {
    type: 'CONSULTATION',
    channel: 'ONLINE',
    title: '办证咨询',
    description: '居住证怎么办？',
    subdistrictId: f.waitanId,
  });
  const [row] = await api.server.db.query(`SELECT tracking_code_hash FROM matter WHERE id = $1`, [matter.id]);
  expect(row.tracking_code_hash).toBe(hashTrackingCode(normaliseTrackingCode(trackingCode)!));
  expect(JSON.stringify(await api.server.db.query(`SELECT * FROM matter WHERE id = $1`, [matter.id]))).not.toContain(
    trackingCode.replace(/-/g, ''),
  );

  const lookUp = (code: string) =>
    api.server.gql(`query ($c: String!) { trackedMatter(trackingCode: $c) { status } }`, { c: code }, { token: null });
  expect((await lookUp(trackingCode)).data!.trackedMatter).toEqual({ status: 'RECEIVED' });
  for (let i = 1; i < CODE_ATTEMPTS_PER_ADDRESS - 1; i += 1) {
    expect((await lookUp(`AAAA-BBBB-CCCC-${String(i).padStart(4, '0')}`)).data!.trackedMatter).toBeNull();
  }
  const rating = await api.server.gql(
    `mutation { rateMatter(input: { trackingCode: "AAAA-BBBB-CCCC-DDDD", satisfaction: SATISFIED }) { status } }`,
    {},
    { token: null },
  );
  expect(rating.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trackingCode' });
  const limited = await lookUp(trackingCode);
  expect(limited.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(limited.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
});
