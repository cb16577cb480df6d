/**
 * Addresses Pingyi does not serve: a browser gets a page in Chinese with the ways back, a program a
 * JSON error as the API's; a residents' link whose "#" a messaging app encoded still leads there.
 */
import { useTestApi } from './support/api';

const api = useTestApi();

describe('addresses', () => {
  it('answers an unknown address with a Chinese page for a browser and a JSON NOT_FOUND for a program', async () => {
    const page = await fetch(`${api.server.url}/favicon.ico/nope`, { headers: { accept: 'text/html' } });
    expect([page.status, page.headers.get('content-type')]).toEqual([404, 'text/html; charset=utf-8']);
    const html = await page.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('页面不存在');
    expect(html).toContain('href="/vote/"');
    const json = await fetch(`${api.server.url}/nope`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(((await json.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'NOT_FOUND',
      field: null,
      reason: 'request.noSuchAddress',
      params: { path: '/nope' },
    });
  });

  it('leads an encoded residents link to its page, and serves the residents’ entry under /vote/', async () => {
    const encoded = await fetch(`${api.server.url}/vote/%23/matter/WTXF20260706`, { redirect: 'manual' });
    expect([encoded.status, encoded.headers.get('location')]).toEqual([302, '/vote/#/matter/WTXF20260706']);
    const odd = await fetch(`${api.server.url}/vote/%23/<script>`, { redirect: 'manual' });
    // What follows stays percent-encoded, inside the fragment of the same site's page.
    expect(odd.headers.get('location')).toBe('/vote/#/%3Cscript%3E');
    for (const address of ['/vote', '/vote/', '/vote/index.html']) {
      const res = await fetch(`${api.server.url}${address}`);
      // 200 with the built entry, 503 with a sentence before `npm run build:admin`: never Express's English 404.
      expect([200, 503]).toContain(res.status);
    }
  });
});
