/**
 * Paging of a list in memory and its cursors: connectionOf in server/core/pagination.ts. The
 * cursors are written by the function that `paginate` shares; read here through connectionOf,
 * the exported function that uses them without a database.
 */
import { BadUserInputError } from '../../server/core/errors';
import { connectionOf, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../server/core/pagination';

const LETTERS = 'abcdefghij'.split('');

/** The page's nodes, total and page info, awaited. */
async function read<T>(connection: ReturnType<typeof connectionOf<T>>) {
  return { nodes: await connection.nodes, totalCount: await connection.totalCount, pageInfo: await connection.pageInfo };
}

/** The BAD_USER_INPUT field of what `run` throws. */
function fieldOfError(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).extensions.field as string;
  }
  throw new Error('nothing was thrown');
}

describe('connectionOf and its cursors', () => {
  it('pages through a list with endCursor as the next after, each item once, the last page without a next', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: { nodes: string[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = await read(connectionOf(LETTERS, { first: 3, after }));
      seen.push(...page.nodes);
      pages += 1;
      expect(page.totalCount).toBe(10);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect({ seen, pages }).toEqual({ seen: LETTERS, pages: 4 });
  });

  it('gives an opaque cursor (no visible position) and none on an empty page', async () => {
    const page = await read(connectionOf(LETTERS, { first: 2 }));
    expect(page.pageInfo.endCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const empty = await read(connectionOf(LETTERS, { first: 0 }));
    expect(empty).toEqual({ nodes: [], totalCount: 10, pageInfo: { hasNextPage: true, endCursor: null } });
    const past = await read(connectionOf(LETTERS, { offset: 10 }));
    expect(past).toEqual({ nodes: [], totalCount: 10, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('gives the same cursor for the same position however the page was reached', async () => {
    const byCursor = await read(connectionOf(LETTERS, { first: 2, after: (await read(connectionOf(LETTERS, { first: 3 }))).pageInfo.endCursor }));
    const byOffset = await read(connectionOf(LETTERS, { first: 2, offset: 3 }));
    expect(byCursor).toEqual(byOffset);
    expect(byCursor.nodes).toEqual(['d', 'e']);
  });

  it(`takes first 0–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}`, async () => {
    const many = Array.from({ length: 150 }, (_, i) => i);
    expect((await read(connectionOf(many, {}))).nodes).toHaveLength(DEFAULT_PAGE_SIZE);
    expect((await read(connectionOf(many, { first: MAX_PAGE_SIZE }))).nodes).toHaveLength(100);
    expect(fieldOfError(() => connectionOf(many, { first: MAX_PAGE_SIZE + 1 }))).toBe('first');
    expect(fieldOfError(() => connectionOf(many, { first: -1 }))).toBe('first');
    expect(fieldOfError(() => connectionOf(many, { first: 1.5 }))).toBe('first');
  });

  it('refuses after with offset, a negative offset, and a cursor it did not write, naming the argument', () => {
    const cursor = connectionOf(LETTERS, { first: 2 }).pageInfo as { endCursor: string };
    expect(fieldOfError(() => connectionOf(LETTERS, { after: cursor.endCursor, offset: 1 }))).toBe('offset');
    expect(fieldOfError(() => connectionOf(LETTERS, { offset: -1 }))).toBe('offset');
    for (const after of ['', 'not-a-cursor', Buffer.from('o:-1').toString('base64url'), Buffer.from('o:1234567890').toString('base64url'), Buffer.from('x:3').toString('base64url')]) {
      expect({ after, field: fieldOfError(() => connectionOf(LETTERS, { after })) }).toEqual({ after, field: 'after' });
    }
  });
});
