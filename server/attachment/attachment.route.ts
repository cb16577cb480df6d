import { attachmentReasons } from './reasons';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { BadUserInputError, httpClientError } from '../core/errors';
import { logger } from '../core/logger';
import type { HttpRoute } from '../core/module';
import { currentRequestId } from '../core/request-scope';
import { AttachmentOwner } from './attachment.entity';
import { attachmentUrl, type AttachmentResolverContext } from './attachment.resolver';
import { MAX_ATTACHMENT_BYTES } from './attachment.service';

type Context = AttachmentResolverContext;

/** The owner kinds by their path segment. */
const OWNERS: Record<string, AttachmentOwner> = {
  hearing: AttachmentOwner.HEARING,
  mediation: AttachmentOwner.MEDIATION,
  convention: AttachmentOwner.BUILDING_CONVENTION,
  petition: AttachmentOwner.PETITION,
};

/** One file in the multipart field `file`, in memory, at most 10 MB (one byte more is refused while it arrives). */
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 },
  defParamCharset: 'utf8',
}).single('file');

/** Parses the multipart body; a file past 10 MB is BAD_USER_INPUT on `file` answered 413. */
function parse(req: Request, res: Response): Promise<Express.Multer.File | undefined> {
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        const tooLarge = error.code === 'LIMIT_FILE_SIZE';
        const problem = new BadUserInputError(
          tooLarge
            ? attachmentReasons.fileTooLarge({ max: MAX_ATTACHMENT_BYTES })
            : attachmentReasons.fileUnreadable({ problem: error.code }),
          'file',
        );
        Object.assign(problem.extensions, { status: tooLarge ? 413 : 400 });
        reject(problem);
      } else if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(req.file);
    });
  });
}

/** Answers an error as the API's routes do: `{ errors: [{ message, extensions: { code, field } }] }`, internal ones masked. */
function fail(res: Response, error: unknown): void {
  const requestId = currentRequestId() ?? 'unknown';
  const shown = httpClientError(error);
  if (shown) {
    const { status, ...extensions } = shown.extensions as { status?: number };
    res.status(typeof status === 'number' ? status : shown.status).json({
      errors: [{ message: shown.message, extensions: { ...extensions, field: shown.extensions.field ?? null } }],
    });
    return;
  }
  logger.error({ err: error, requestId }, 'attachment request failed');
  res.status(500).json({
    errors: [
      {
        message: `Internal server error (request id ${requestId})`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ],
  });
}

/**
 * `POST /attachments/<hearing|mediation|convention|petition>/<id>` with a bearer token and the file
 * in the multipart field `file`: 201 with `{ id, name, contentType, size, createdAt, url }`.
 * 413 BAD_USER_INPUT on `file` past 10 MB; 400 BAD_USER_INPUT on `file` for a missing file or one
 * that is no JPEG, PNG, WebP or PDF by its content; 401, 403, 404 as the API's codes say.
 */
export const uploadAttachmentRoute: HttpRoute<Context> = {
  method: 'post',
  path: '/attachments/:owner/:ownerId',
  handler:
    (contextOf): RequestHandler =>
    async (req, res) => {
      try {
        const ctx = await contextOf(req);
        const owner = OWNERS[String(req.params.owner)];
        if (!owner) throw new BadUserInputError(attachmentReasons.unknownOwner(), 'owner');
        // Who may attach is known before the body is read: 401/403/404 without receiving the file.
        await ctx.services.attachments.assertMayAttach(owner, String(req.params.ownerId));
        const file = await parse(req, res);
        if (!file) throw new BadUserInputError(attachmentReasons.fileMissing(), 'file');
        const saved = await ctx.services.attachments.add(owner, String(req.params.ownerId), {
          name: file.originalname,
          bytes: file.buffer,
        });
        res.status(201).json({
          id: saved.id,
          name: saved.name,
          contentType: saved.contentType,
          size: saved.size,
          createdAt: saved.createdAt,
          url: attachmentUrl(saved.id),
        });
      } catch (error) {
        fail(res, error);
      }
    },
};

/**
 * `GET /attachments/<id>` with a bearer token: the file, for those who may read its record (404
 * otherwise, as for an unknown id), with its type and name, never cached by shared caches.
 */
export const downloadAttachmentRoute: HttpRoute<Context> = {
  method: 'get',
  path: '/attachments/:id',
  handler:
    (contextOf): RequestHandler =>
    async (req, res) => {
      try {
        const ctx = await contextOf(req);
        const { attachment, bytes } = await ctx.services.attachments.download(String(req.params.id));
        res
          .status(200)
          // The name first: Express's attachment() also sets the type from the name's extension,
          // and the type served is the one read from the content at upload.
          .attachment(attachment.name)
          .type(attachment.contentType)
          .set('Cache-Control', 'private, no-store')
          .send(bytes);
      } catch (error) {
        fail(res, error);
      }
    },
};
