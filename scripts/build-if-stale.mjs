// Part of `npm start`: builds what is missing or stale (the server with tsc, the admin with Vite).
// A second start with nothing changed skips both builds, so it is up in seconds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time (ms) of the files under the given paths. */
function newest(...paths) {
  let latest = 0;
  for (const p of paths.map((x) => path.join(root, x))) {
    if (!fs.existsSync(p)) continue;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) {
        if (entry === 'node_modules' || entry === 'dist') continue;
        latest = Math.max(latest, newest(path.relative(root, path.join(p, entry))));
      }
    } else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

function built(file) {
  const p = path.join(root, file);
  return fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0;
}

function run(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (
  built('dist/server/main.js') < newest('server', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package.json')
) {
  console.log('Building the server…');
  run('build:server');
  fs.utimesSync(path.join(root, 'dist/server/main.js'), new Date(), new Date());
}
if (built('admin/dist/index.html') < newest('admin', 'schema.graphql', 'package.json')) {
  console.log('Building the admin panel…');
  run('build:admin');
}
