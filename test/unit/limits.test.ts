/**
 * The limits every operation passes before it runs (README, Security and production: hostile
 * input costs linear time): server/core/limits.ts and the variable checks of server/core/variables.ts.
 */
import { buildSchema, GraphQLError, GraphQLFormattedError, OperationDefinitionNode, parse, validate } from 'graphql';
import { complexityPlugin, depthRule, MAX_COMPLEXITY, MAX_DEPTH } from '../../server/core/limits';
import {
  MAX_OBJECT_FIELDS,
  MAX_VARIABLE_DEPTH,
  MAX_VARIABLE_ERRORS,
  MAX_VARIABLE_VALUES,
  variablePaths,
  variableShapeError,
} from '../../server/core/variables';

const schema = buildSchema(`
  input RowInput { name: String!, year: Int }
  input FilterInput { name: String, ids: [ID!] }
  type Node { name: String, child: Node, children(first: Int, after: String): [Node!]! }
  type Query { node: Node, nodes(first: Int, filter: FilterInput): [Node!]!, search(filter: FilterInput, again: FilterInput): Int }
  type Mutation { upsert(input: [RowInput!]!): Int }
`);

const operationOf = (source: string) => {
  const document = parse(source);
  return {
    document,
    operation: document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!,
  };
};

/** `{ node { child { child … { name } } } }` with `levels` levels of fields. */
const nested = (levels: number) => `{ node { ${'child { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`;

describe(`depthRule: at most ${MAX_DEPTH} levels`, () => {
  it(`accepts ${MAX_DEPTH} levels and refuses ${MAX_DEPTH + 1}, as a validation error`, () => {
    expect(validate(schema, parse(nested(MAX_DEPTH)), [depthRule])).toEqual([]);
    const errors = validate(schema, parse(nested(MAX_DEPTH + 1)), [depthRule]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining(`Query is nested too deeply (at most ${MAX_DEPTH} levels)`),
    ]);
  });

  it('follows fragments', () => {
    const viaFragment = `{ node { ...F } } fragment F on Node { ${'child { '.repeat(MAX_DEPTH - 1)}name${' }'.repeat(MAX_DEPTH - 1)} }`;
    expect(validate(schema, parse(viaFragment), [depthRule])).toHaveLength(1);
  });
});

describe('variablePaths', () => {
  it('names each variable by the argument path it is passed as, and leaves out one used at two paths', () => {
    const { document, operation } = operationOf(`query ($f: FilterInput, $ids: [ID!], $n: String, $twice: String) {
      search(filter: $f, again: { ids: $ids, name: $twice }) nodes(filter: { name: $twice }) { name } node { ...F } }
      fragment F on Node { children(after: $n) { name } }`);
    expect(Object.fromEntries(variablePaths(document, operation))).toEqual({
      f: 'filter',
      ids: 'again.ids',
      n: 'after',
    });
  });
});

describe('variableShapeError', () => {
  const paths = new Map([['input', 'input']]);

  it(`refuses nesting deeper than ${MAX_VARIABLE_DEPTH} levels, naming the argument`, () => {
    const deep = (levels: number) => {
      let value: unknown = 1;
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };
    expect(variableShapeError({ input: deep(MAX_VARIABLE_DEPTH) }, paths)).toBeNull();
    const error = variableShapeError({ input: deep(MAX_VARIABLE_DEPTH + 1) }, paths);
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input',
      reason: 'validation.variables',
      params: { field: 'input' },
      http: { status: 400 },
    });
    expect(error?.message).toBe(`input: nested deeper than ${MAX_VARIABLE_DEPTH} levels ($input)`);
  });

  it(`refuses an object of more than ${MAX_OBJECT_FIELDS} fields and more than ${MAX_VARIABLE_VALUES} values in all`, () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_OBJECT_FIELDS + 1 }, (_, i) => [`k${i}`, i]));
    expect(variableShapeError({ input: wide }, paths)?.message).toBe(
      `input: an object with 101 fields; an input has at most ${MAX_OBJECT_FIELDS} ($input)`,
    );
    const justWide = Object.fromEntries(Array.from({ length: MAX_OBJECT_FIELDS }, (_, i) => [`k${i}`, i]));
    expect(variableShapeError({ input: justWide }, paths)).toBeNull();
    const many = Array.from({ length: MAX_VARIABLE_VALUES }, () => 1);
    expect(variableShapeError({ input: many }, paths)?.message).toBe(
      'input: the variables hold more than 25,000 values ($input)',
    );
    expect(variableShapeError({ input: many.slice(1) }, paths)).toBeNull();
  });

  it('names a variable without one argument path as $name', () => {
    expect(variableShapeError({ other: [[[[[[[[[[[[[1]]]]]]]]]]]]] }, paths)?.extensions.field).toBe('$other');
  });
});

describe('complexityPlugin', () => {
  /** Runs the plugin's checks on `source` with `variables`: what it throws, or the answer it gives instead of running. */
  const run = async (source: string, variables: Record<string, unknown> = {}) => {
    const { document, operation } = operationOf(source);
    const listener = (await complexityPlugin(schema).requestDidStart!({} as never))!;
    try {
      // Only the parts of the request context the plugin reads.
      await listener.didResolveOperation!({ request: { query: source, variables }, document, operation } as never);
    } catch (error) {
      return { thrown: { message: (error as GraphQLError).message, extensions: (error as GraphQLError).extensions } };
    }
    const answer = await listener.responseForOperation!({} as never);
    if (!answer) return 'runs';
    return {
      answered: {
        status: answer.http.status,
        errors: 'singleResult' in answer.body ? answer.body.singleResult.errors : undefined,
      },
    };
  };

  it('lets a small query run', async () => {
    expect(await run(`{ nodes(first: 10) { name child { name } } }`)).toBe('runs');
  });

  it(`refuses an estimated cost above ${MAX_COMPLEXITY}, a list counting its children first times`, async () => {
    // 1 + 100 · (1 + 100 · 1) = 10,101 runs; one level more is about a million
    expect(await run(`{ nodes(first: 100) { children(first: 100) { name } } }`)).toBe('runs');
    const refused = await run(`{ nodes(first: 100) { children(first: 100) { children(first: 100) { name } } } }`);
    expect(refused).toEqual({
      thrown: {
        message: expect.stringMatching(/^This query is too complex \(\d+, at most 20000\)/),
        extensions: {
          code: 'BAD_USER_INPUT',
          field: null,
          reason: 'request.tooComplex',
          params: { complexity: expect.any(Number), max: 20000 },
          http: { status: 400 },
        },
      },
    });
  });

  it(`answers variables that do not fit with HTTP 400 and at most ${MAX_VARIABLE_ERRORS} errors, each naming its field`, async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ name: i }));
    const answer = (await run(`mutation ($rows: [RowInput!]!) { upsert(input: $rows) }`, { rows })) as {
      answered: { status: number; errors: readonly GraphQLFormattedError[] };
    };
    expect(answer.answered.status).toBe(400);
    expect(answer.answered.errors).toHaveLength(MAX_VARIABLE_ERRORS);
    expect(answer.answered.errors[2]).toEqual({
      message: expect.stringMatching(/^input\[2\]\.name: /),
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input[2].name',
        reason: 'validation.variables',
        params: { field: 'input[2].name' },
      },
    });
  });

  it('refuses an unstorable string and a too deep variable before running, naming the argument', async () => {
    expect(await run(`query ($f: FilterInput) { search(filter: $f) }`, { f: { name: 'a\u0000' } })).toMatchObject({
      thrown: { extensions: { code: 'BAD_USER_INPUT', field: 'filter.name' } },
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(await run(`query ($f: FilterInput) { search(filter: $f) }`, { f: { ids: deep } })).toMatchObject({
      thrown: { extensions: { code: 'BAD_USER_INPUT', field: 'filter' } },
    });
  });
});
