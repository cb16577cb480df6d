/**
 * Text PostgreSQL cannot store (a NUL character, an unpaired UTF-16 surrogate), a `…Contains`
 * filter over 100 characters and a year outside 2000–2100 are refused before anything runs, naming
 * the argument: server/core/string-guard.ts.
 */
import { buildSchema, getVariableValues, OperationDefinitionNode, parse } from 'graphql';
import { inputProblem, refusedInputError } from '../../server/core/string-guard';

const NUL = 'a\u0000b';
const LONE_HIGH = 'x\ud800';
const LONE_LOW = '\udc00y';

describe('inputProblem', () => {
  it('finds nothing in storable text, emoji (paired surrogates) included', () => {
    expect(inputProblem({ name: '王芳 👩‍💼', tags: ['𠀀', 'ok'], n: 3, none: null }, 'input')?.path ?? null).toBeNull();
  });

  it('names the first unstorable string by its path, in document order', () => {
    expect(inputProblem(NUL, 'reason')?.path ?? null).toBe('reason');
    expect(inputProblem({ name: 'ok', tags: ['ok', LONE_HIGH], other: NUL }, 'input')?.path ?? null).toBe(
      'input.tags[1]',
    );
    expect(
      inputProblem([{ name: 'ok' }, { name: 'ok' }, { name: 'ok' }, { name: LONE_LOW }], 'input')?.path ?? null,
    ).toBe('input[3].name');
  });

  it('refuses a …Contains filter over 100 characters and a year outside 2000–2100, by path', () => {
    expect(inputProblem({ nameContains: '王'.repeat(100), year: 2000 }, 'filter')).toBeNull();
    expect(inputProblem({ nameContains: '王'.repeat(101) }, 'filter')).toEqual({
      path: 'filter.nameContains',
      message: 'must be at most 100 characters',
      reason: { key: 'validation.containsTooLong', params: { max: 100 } },
    });
    const year = { key: 'validation.yearOutOfRange', params: { from: 2000, to: 2100 } };
    expect(inputProblem({ year: 2101 }, 'filter')).toEqual({
      path: 'filter.year',
      message: 'must be a year 2000–2100',
      reason: year,
    });
    expect(inputProblem(1999, 'year')).toEqual({ path: 'year', message: 'must be a year 2000–2100', reason: year });
    // Other fields are not capped here: names have their own rules.
    expect(inputProblem({ name: 'x'.repeat(500), count: 99999 }, 'input')).toBeNull();
  });

  it('walks deep values without recursion', () => {
    let deep: unknown = NUL;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(inputProblem(deep, 'v')?.path ?? null).toBe(`v${'[0]'.repeat(50_000)}`);
  });
});

describe('refusedInputError', () => {
  const schema = buildSchema(`
    input NoteInput { reason: String, tags: [String!] }
    input RowInput { name: String!, title: String }
    type Office { name(lang: String): String }
    type Query { office(id: ID!): Office, offices(name: String): [Office!]! }
    type Mutation { addNote(input: NoteInput!): Boolean, upsertOfficials(input: [RowInput!]!): Int }
  `);

  /** The error for `source` with `variables`, as the plugin calls it: coerced variables, the fragments by name. */
  const check = (source: string, variables: Record<string, unknown> = {}) => {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const fragments = Object.fromEntries(
      document.definitions.flatMap((d) => (d.kind === 'FragmentDefinition' ? [[d.name.value, d]] : [])),
    );
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) throw coerced.errors[0];
    const error = refusedInputError(schema, operation, fragments, coerced.coerced);
    return error && { message: error.message, extensions: error.extensions };
  };

  it('passes storable input', () => {
    expect(check(`mutation ($r: String) { addNote(input: { reason: $r, tags: ["甲"] }) }`, { r: '理由' })).toBeNull();
  });

  it('names the argument path of a variable or a literal, as BAD_USER_INPUT with HTTP 400', () => {
    expect(check(`mutation ($r: String) { addNote(input: { reason: $r }) }`, { r: NUL })?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
      reason: 'validation.unstorable',
      params: { field: 'input.reason' },
      http: { status: 400 },
    });
    expect(
      check(`mutation ($t: [String!]) { addNote(input: { tags: $t }) }`, { t: ['ok', LONE_LOW] })?.extensions.field,
    ).toBe('input.tags[1]');
    expect(check(`mutation { addNote(input: { reason: "\\u0000" }) }`)?.extensions.field).toBe('input.reason');
  });

  it('reads arguments of nested fields and inside fragments', () => {
    expect(check(`query ($l: String) { office(id: "1") { name(lang: $l) } }`, { l: NUL })?.extensions.field).toBe(
      'lang',
    );
    expect(
      check(`query ($l: String) { office(id: "1") { ...F } } fragment F on Office { name(lang: $l) }`, { l: LONE_HIGH })
        ?.extensions.field,
    ).toBe('lang');
    expect(
      check(`query ($l: String) { office(id: "1") { ... on Office { name(lang: $l) } } }`, { l: LONE_HIGH })?.extensions
        .field,
    ).toBe('lang');
  });

  it('lists an upsertOfficials row as a row error, naming input', () => {
    const rows = [{ name: '甲' }, { name: '乙' }, { name: '丙', title: NUL }];
    expect(check(`mutation ($rows: [RowInput!]!) { upsertOfficials(input: $rows) }`, { rows })).toEqual({
      message: 'input: 1 row is invalid (see extensions.errors); nothing was written',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input',
        reason: 'validation.rowsInvalid',
        params: { field: 'input' },
        http: { status: 400 },
        errors: [
          {
            index: 2,
            field: 'title',
            message: 'contains a NUL character or an unpaired UTF-16 surrogate, which cannot be stored',
          },
        ],
      },
    });
  });

  it('names a variable that no argument reaches as $name', () => {
    expect(check(`query ($unused: String) { offices { name } }`, { unused: NUL })?.extensions.field).toBe('$unused');
  });
});
