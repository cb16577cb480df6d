import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** One JavaScript file the admin page loads before it can run. */
export interface InitialChunk {
  /** Path under admin/dist, e.g. "assets/admin-D24Ebm1x.js". */
  file: string;
  /** Size on disk in bytes. */
  bytes: number;
  /** Size gzipped (zlib level 6, what servers commonly send) in bytes. */
  gzipBytes: number;
  /** Why it is loaded: "entry", "modulepreload" or "static import". */
  via: string;
}

/** What the admin page's initial JavaScript weighs. */
export interface AdminWeight {
  chunks: InitialChunk[];
  /** Sum of the chunks' sizes, bytes. */
  totalBytes: number;
  /** Sum of the chunks' gzip sizes, bytes. */
  totalGzipBytes: number;
  /** Gzip size of the stylesheets index.html links, bytes (reported, not part of the goal). */
  cssGzipBytes: number;
}

/** Static `import … from "x"` and `import "x"` specifiers of a built ES module (not `import(…)`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+?)\s*from\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[1]);
  return [...found];
}

/** Maps a URL of index.html ("/admin/assets/x.js") or an import relative to `fromFile` to a path under `dist`. */
function resolveAsset(dist: string, ref: string, fromFile?: string): string | null {
  if (/^[a-z]+:/i.test(ref)) return null;
  if (ref.startsWith('/')) {
    const withoutBase = ref.replace(/^\/admin\//, '/');
    return path.join(dist, withoutBase);
  }
  return path.resolve(fromFile ? path.dirname(fromFile) : dist, ref);
}

/**
 * Measures a page's initial JavaScript from the built `dist` folder (admin/dist): the module
 * entry of `page` (index.html, the admin; vote.html, the residents' pages), its modulepreload
 * links and, transitively, every file those import statically; dynamic `import()` chunks are
 * loaded later and left out. Throws when the page is missing.
 */
export function measureAdminWeight(distDir: string, page = 'index.html'): AdminWeight {
  const dist = path.resolve(distDir);
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const queue: { file: string; via: string }[] = [];
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    queue.push({ file: m[1], via: 'entry' });
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    queue.push({ file: m[1], via: 'modulepreload' });
  const seen = new Map<string, InitialChunk>();
  const pending = queue.map((q) => ({ abs: resolveAsset(dist, q.file), via: q.via }));
  while (pending.length > 0) {
    const { abs, via } = pending.shift()!;
    if (!abs || seen.has(abs) || !fs.existsSync(abs)) continue;
    const code = fs.readFileSync(abs);
    seen.set(abs, {
      file: path.relative(dist, abs),
      bytes: code.length,
      gzipBytes: zlib.gzipSync(code, { level: 6 }).length,
      via,
    });
    for (const spec of staticImports(code.toString('utf8')))
      pending.push({ abs: resolveAsset(dist, spec, abs), via: 'static import' });
  }
  let cssGzipBytes = 0;
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const abs = resolveAsset(dist, m[1]);
    if (abs && fs.existsSync(abs)) cssGzipBytes += zlib.gzipSync(fs.readFileSync(abs), { level: 6 }).length;
  }
  const chunks = [...seen.values()];
  return {
    chunks,
    totalBytes: chunks.reduce((n, c) => n + c.bytes, 0),
    totalGzipBytes: chunks.reduce((n, c) => n + c.gzipBytes, 0),
    cssGzipBytes,
  };
}
