import express, { type Request, type Response } from 'express';
import { BadUserInputError, httpClientError, reasonExtensions } from '../core/errors';
import { coreReasons } from '../core/core-reasons';
import { renderReason } from '../core/reasons';
import { logger } from '../core/logger';
import type { HttpRoute } from '../core/module';
import type { RequestContext } from '../core/request-context';
import { currentRequestId } from '../core/request-scope';
import { inputProblem } from '../core/string-guard';
import type { Open311Request, Open311Service } from './open311.service';
import { matterReasons } from './reasons';

/** What the Open311 endpoint reads from the request. */
export type Open311Context = RequestContext<{ matterOpen311: Open311Service }>;

/** Where Open311 GeoReport v2 is served. */
export const OPEN311_PATH = '/open311/v2';

/** HTTP status of each client error code (GeoReport v2 answers errors as `[{ code, description }]`). */
/**
 * BAD_USER_INPUT (400) naming the parameter when a query or body value is one no field of Pingyi
 * accepts — a NUL character or an unpaired surrogate, which PostgreSQL cannot store — by the same
 * guard GraphQL runs over its arguments (string-guard.ts `inputProblem`).
 */
function assertStorable(values: unknown): void {
  if (!values || typeof values !== 'object') return;
  for (const [name, value] of Object.entries(values)) {
    const problem = inputProblem(value, name);
    if (problem) throw new BadUserInputError(matterReasons.rowProblem({ message: problem.message }), problem.path);
  }
}

/**
 * The Open311 GeoReport v2 endpoint (Open311Service): `GET services.json`, `GET requests.json`,
 * `POST requests.json` (form-encoded, as the spec sends it, or JSON) and `GET requests/<id>.json`.
 * `api_key` (query or body; or `Authorization: Bearer`) is a service token. JSON only: `.xml`
 * answers 400, and so does a query or body value with a NUL character or an unpaired surrogate
 * (naming the parameter). Errors are `[{ "code": <HTTP status>, "description": "…" }]`.
 */
export function open311Router(contextOf: (req: Request) => Promise<Open311Context>): express.Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }), express.json({ limit: '64kb' }));
  const handle =
    (work: (service: Open311Service, req: Request) => Promise<Open311Request[]>, status = 200) =>
    async (req: Request, res: Response) => {
      const requestId = currentRequestId() ?? 'unknown';
      try {
        if (req.params.format !== 'json') throw new BadUserInputError(matterReasons.jsonOnly(), 'format');
        assertStorable(req.query);
        assertStorable(req.body);
        const key =
          typeof req.query.api_key === 'string'
            ? req.query.api_key
            : typeof req.body?.api_key === 'string'
              ? req.body.api_key
              : undefined;
        // The api_key is the request's bearer token: the context is built from it as for GraphQL.
        if (key) req.headers.authorization = `Bearer ${key}`;
        const ctx = await contextOf(req);
        res.status(status).json(await work(ctx.services.matterOpen311, req));
      } catch (error) {
        const shown = httpClientError(error);
        if (shown) {
          // GeoReport v2's code and description, and Pingyi's reason and params (docs/architecture.md, errors).
          const { reason, params } = shown.extensions;
          res.status(shown.status).json([{ code: shown.status, description: shown.message, reason, params }]);
          return;
        }
        logger.error({ err: error, requestId }, 'Open311 request failed');
        const internal = coreReasons.internal({ requestId });
        res.status(500).json([{ code: 500, description: renderReason(internal), ...reasonExtensions(internal) }]);
      }
    };
  const query = (req: Request) => req.query as Record<string, unknown>;
  router.get(
    '/services.:format',
    handle((s, req) => s.services(query(req))),
  );
  router.get(
    '/requests.:format',
    handle((s, req) => s.list(query(req))),
  );
  router.post(
    '/requests.:format',
    handle((s, req) => s.submit({ ...query(req), ...(req.body ?? {}) }), 201),
  );
  router.get(
    '/requests/:id.:format',
    handle((s, req) => s.one(String(req.params.id), query(req))),
  );
  return router;
}

/** Open311 GeoReport v2 as a route of the matter module's descriptor. */
export const open311Route: HttpRoute<Open311Context> = {
  method: 'use',
  path: OPEN311_PATH,
  handler: (contextOf) => open311Router(contextOf),
};
