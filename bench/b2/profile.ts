import fs from 'node:fs';
import path from 'node:path';

/** One line of a CPU profile summary: a function or a package and its self time. */
export interface ProfileLine {
  /** "name (file:line)" for a function; the package or "(pingyi)", "(node)", "(gc)" … for a package. */
  what: string;
  /** Self time in ms. */
  ms: number;
  /** Share of all sampled time, 0–100 (%). */
  percent: number;
}

/** Top self-time functions and packages of a `.cpuprofile`. */
export interface ProfileSummary {
  /** Sampled time in ms. */
  totalMs: number;
  functions: ProfileLine[];
  packages: ProfileLine[];
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/**
 * Where a frame's code lives: its npm package, Pingyi's own code, node's internals, a native
 * binding (a system call such as `writev`: time spent in the kernel, or waiting for the CPU in it,
 * counts there), or the engine's pseudo-frames ("(garbage collector)", "(idle)", "(program)").
 */
function packageOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith('node:')) return '(node)';
  if (url.includes('/dist/server/')) return '(pingyi)';
  return '(other)';
}

/**
 * Summarises the newest `.cpuprofile` in `dir` (as written by `node --cpu-prof --cpu-prof-dir`):
 * self time per function and per package, `top` lines each. Null when the folder holds none.
 */
export function summariseProfile(dir: string, top = 12): ProfileSummary | null {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (files.length === 0) return null;
  const newest = files.map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  const profile = JSON.parse(fs.readFileSync(newest, 'utf8')) as {
    nodes: CpuProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const file = url
      ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\/server\//, 'server/')}:${lineNumber + 1}`
      : '';
    const key = file ? `${name} (${file})` : name;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const pkg = packageOf(url, name);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    total += us;
  }
  const lines = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, us]) => ({ what, ms: Math.round(us / 1000), percent: Math.round((1000 * us) / total) / 10 }));
  return { totalMs: Math.round(total / 1000), functions: lines(byFunction), packages: lines(byPackage) };
}

/** The summary as Markdown note lines; `during` says when it was taken (e.g. "under the timed load"). */
export function profileNotes(summary: ProfileSummary, during = 'under the timed load'): string[] {
  return [
    `CPU profile of Pingyi ${during} (${summary.totalMs} ms sampled, start-up included), self time by package: ` +
      summary.packages.map((l) => `${l.what} ${l.percent}%`).join(', ') +
      '.',
    'Top self-time functions: ' + summary.functions.map((l) => `\`${l.what}\` ${l.percent}%`).join('; ') + '.',
  ];
}
