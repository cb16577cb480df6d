/**
 * Keyset cursors (server/core/cursor.ts) and the paging of a list in memory
 * (connectionOf, server/core/pagination.ts), without a database.
 */
import { BadUserInputError } from '../../server/core/errors';
import { decodeCursor, encodeCursor, signatureOf } from '../../server/core/cursor';
import { connectionOf, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../server/core/pagination';

/** Ten items whose ids sort as their letters. */
const ITEMS = 'abcdefghij'.split('').map((id) => ({ id }));
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

/** The page's nodes, total and page info, awaited. */
async function read(connection: ReturnType<typeof connectionOf<{ id: string }>>) {
  return {
    nodes: ids(await connection.nodes),
    edges: await connection.edges,
    totalCount: await connection.totalCount,
    pageInfo: await connection.pageInfo,
  };
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

describe('keyset cursors', () => {
  const signature = signatureOf('officials by name');

  it('give back the sort values they were made from, NULLs included', () => {
    const cursor = encodeCursor(signature, ['王芳', null, '2f0c']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, signature, 3, 'after')).toEqual(['王芳', null, '2f0c']);
  });

  it('refuse a cursor of another list, filter or sort, naming the argument', () => {
    const cursor = encodeCursor(signatureOf('officials by title'), ['科员', 'x']);
    expect(fieldOfError(() => decodeCursor(cursor, signature, 2, 'before'))).toBe('before');
  });

  it('refuse text that is not a cursor this API made: empty, garbage, the wrong arity, a NULL id, an old offset cursor', () => {
    const forged = [
      '',
      'not a cursor!',
      'x'.repeat(3000),
      Buffer.from('o:3').toString('base64url'),
      encodeCursor(signature, ['only one']),
      encodeCursor(signature, ['name', null]),
      Buffer.from(JSON.stringify([signature, [1, 'id']])).toString('base64url'),
    ];
    for (const after of forged)
      expect({ after, field: fieldOfError(() => decodeCursor(after, signature, 2, 'after')) }).toEqual({
        after,
        field: 'after',
      });
  });
});

describe('connectionOf: a short list in memory, paged by id', () => {
  it('pages forward with endCursor as the next after, each item once, the last page without a next', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await read(connectionOf(ITEMS, { first: 3, after }, 'letters'));
      seen.push(...page.nodes);
      pages += 1;
      expect(page.totalCount).toBe(10);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect({ seen, pages }).toEqual({ seen: ids(ITEMS), pages: 4 });
  });

  it('pages backward with last and before, in list order, with hasPreviousPage', async () => {
    const tail = await read(connectionOf(ITEMS, { last: 3 }, 'letters'));
    expect(tail.nodes).toEqual(['h', 'i', 'j']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await read(connectionOf(ITEMS, { last: 3, before: tail.pageInfo.startCursor }, 'letters'));
    expect(before.nodes).toEqual(['e', 'f', 'g']);
    expect(before.pageInfo.hasNextPage).toBe(true);
    expect(before.edges.map((e) => e.cursor)).toEqual([
      before.pageInfo.startCursor,
      expect.any(String),
      before.pageInfo.endCursor,
    ]);
  });

  it('keeps its place when items are added or removed elsewhere between two pages', async () => {
    const first = await read(connectionOf(ITEMS, { first: 4 }, 'letters'));
    const changed = ITEMS.filter((i) => i.id !== 'b').concat({ id: 'ea' });
    const next = await read(connectionOf(changed, { first: 3, after: first.pageInfo.endCursor }, 'letters'));
    expect(next.nodes).toEqual(['e', 'ea', 'f']);
  });

  it(`takes first or last 0–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}`, async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ id: String(i).padStart(3, '0') }));
    expect((await read(connectionOf(many, {}, 'many'))).nodes).toHaveLength(DEFAULT_PAGE_SIZE);
    expect((await read(connectionOf(many, { first: MAX_PAGE_SIZE }, 'many'))).nodes).toHaveLength(100);
    expect(fieldOfError(() => connectionOf(many, { first: MAX_PAGE_SIZE + 1 }, 'many'))).toBe('first');
    expect(fieldOfError(() => connectionOf(many, { last: -1 }, 'many'))).toBe('last');
    expect(fieldOfError(() => connectionOf(many, { first: 1.5 }, 'many'))).toBe('first');
    expect(fieldOfError(() => connectionOf(many, { first: 1, last: 1 }, 'many'))).toBe('last');
  });

  it('refuses after with offset, a negative offset, and a cursor of another list, naming the argument', () => {
    const cursor = (connectionOf(ITEMS, { first: 2 }, 'letters').pageInfo as { endCursor: string }).endCursor;
    expect(fieldOfError(() => connectionOf(ITEMS, { after: cursor, offset: 1 }, 'letters'))).toBe('offset');
    expect(fieldOfError(() => connectionOf(ITEMS, { offset: -1 }, 'letters'))).toBe('offset');
    expect(fieldOfError(() => connectionOf(ITEMS, { after: cursor }, 'other letters'))).toBe('after');
  });
});
