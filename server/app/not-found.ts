import type { RequestHandler } from 'express';
import { coreReasons } from '../core/core-reasons';
import { clip, reasonExtensions } from '../core/errors';
import { renderReason } from '../core/reasons';

/** The page a browser gets for an address Pingyi does not serve: Chinese first, with the ways back. */
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>页面不存在 · 评议</title>
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}</style>
</head><body>
<h1>页面不存在</h1>
<p>网址有误，或链接已失效。请检查网址，或从下面的入口重新进入。</p>
<ul><li><a href="/vote/">居民评议（输入投票码、居民代表登录）</a></li><li><a href="/admin/">工作人员登录</a></li></ul>
<p lang="en">Page not found. <a href="/vote/">Residents</a> · <a href="/admin/">Staff</a></p>
</body></html>`;

/**
 * The last handler of the app: 404 for an address no route served. A browser (Accept: text/html)
 * gets a short page in Chinese with links to the residents' pages and the staff sign-in; any
 * other client a JSON error as the API's (`NOT_FOUND`, reason `request.noSuchAddress`).
 */
export const notFoundHandler: RequestHandler = (req, res) => {
  if (req.accepts(['json', 'html']) === 'html') {
    res.status(404).type('html').send(NOT_FOUND_PAGE);
    return;
  }
  const why = coreReasons['request.noSuchAddress']({ path: clip(req.path) });
  res.status(404).json({
    errors: [{ message: renderReason(why), extensions: { code: 'NOT_FOUND', field: null, ...reasonExtensions(why) } }],
  });
};
