import type { Request, Response } from 'express';
import { httpClientError, reasonExtensions } from '../core/errors';
import { coreReasons } from '../core/core-reasons';
import type { HttpRoute } from '../core/module';
import type { RequestContext } from '../core/request-context';
import { logger } from '../core/logger';
import { currentRequestId } from '../core/request-scope';
import type { ResultsExportService } from './results-export.service';

/** What the export reads from the request. */
type ExportContext = RequestContext<{ resultsExport: ResultsExportService }>;

/** HTTP status of each client error code. */
/** Path of the results export; `:format` is `csv` or `xlsx`. */
export const RESULTS_EXPORT_PATH = '/export/districts/:districtId/results.:format';

/**
 * `GET /export/districts/:districtId/results.(csv|xlsx)?year=YYYY[&format=machine]`: the results
 * export (ResultsExportService), for staff by default (Chinese headers and labels) and with the
 * machine columns behind `format=machine`, for the bearer of a service token or sign-in token. Errors come as JSON
 * `{ errors: [{ message, extensions: { code, field } }] }` with the API's codes; internal ones
 * masked with the request id.
 */
export function resultsExportHandler(contextOf: (req: Request) => Promise<ExportContext>) {
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = currentRequestId() ?? 'unknown';
    try {
      const ctx = await contextOf(req);
      const file = await ctx.services.resultsExport.file(
        String(req.params.districtId),
        req.query.year,
        String(req.params.format),
        req.query.format,
      );
      res.status(200).type(file.contentType).attachment(file.filename).set('Cache-Control', 'no-store').send(file.body);
    } catch (error) {
      const shown = httpClientError(error);
      if (shown) {
        res.status(shown.status).json({
          errors: [
            { message: shown.message, extensions: { ...shown.extensions, field: shown.extensions.field ?? null } },
          ],
        });
        return;
      }
      logger.error({ err: error, requestId }, 'results export failed');
      res.status(500).json({
        errors: [
          {
            message: `Internal server error (request id ${requestId})`,
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              requestId,
              ...reasonExtensions(coreReasons.internal({ requestId })),
            },
          },
        ],
      });
    }
  };
}

/** The results export as the integration module's HTTP route. */
export const resultsExportRoute: HttpRoute<ExportContext> = {
  method: 'get',
  path: RESULTS_EXPORT_PATH,
  handler: resultsExportHandler,
};
