import compression from 'compression';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Answers smaller than this many bytes are sent as they are; larger ones compressed (JSON, scripts, CSV). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Content-Security-Policy of every answer, which the built admin (admin/dist) and the offline
 * GraphiQL page pass: scripts, workers, fonts and connections (the API, its WebSocket) only from
 * this server; no inline script; inline styles allowed, as React-Admin's styling (emotion) and
 * GraphiQL's editor insert `<style>` elements at run time; never inside a frame of any site.
 */
export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * helmet's security headers on every answer: the CSP above, `X-Frame-Options:
 * DENY`, `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`, HSTS (heeded by
 * browsers only over HTTPS) and helmet's other defaults.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * gzip (or deflate) of answers of at least COMPRESSION_THRESHOLD_BYTES whose type compresses
 * (the `compression` middleware's default filter: JSON, JavaScript, CSS, HTML, CSV; not images or
 * XLSX, already compressed), when the client accepts it. GraphQL subscriptions never pass here:
 * their WebSocket upgrade is served by the `ws` server, with per-message compression off.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD_BYTES });
}
