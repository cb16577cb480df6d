/**
 * Pingyi's offline GraphiQL page (served at /graphiql): everything, including Monaco's web
 * workers, is bundled by Vite; nothing is loaded from a CDN. The schema is the committed
 * schema.graphql (with its descriptions for the docs), never introspected from the server, so
 * the page also works where introspection is off (NODE_ENV=production).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { buildSchema } from 'graphql';
import sdl from '../../../schema.graphql?raw';
import { authHeaders } from '../authProvider';

/** Where the API lives: the same host, at /graphql. */
const ENDPOINT = '/graphql';

const DEFAULT_QUERY = `# 评议 Pingyi — GraphQL API
# Requests carry the token of the admin panel's sign-in (sign in at /admin/ first), or set an
# "Authorization": "Bearer <token>" header below with a token from the login mutation.
# 黄浦区 and its first subdistricts:
query HuangpuSubdistricts {
  districts(filter: { nameContains: "黄浦" }, first: 1) {
    nodes {
      id
      code
      name
    }
  }
  subdistricts(filter: { code: "310101" }, first: 5, orderBy: [{ field: CODE }]) {
    totalCount
    nodes {
      code
      name
      kind
    }
  }
}
`;

/** The committed schema, with descriptions; GraphiQL then sends no introspection query. */
const SCHEMA = buildSchema(sdl);

/**
 * Posts one GraphQL operation as JSON (Apollo's CSRF prevention accepts application/json), with
 * the admin panel's token unless the headers editor sets its own Authorization.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...authHeaders(),
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
    credentials: 'same-origin',
  });
  return response.json();
};

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} schema={SCHEMA} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
