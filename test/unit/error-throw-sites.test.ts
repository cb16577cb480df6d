/**
 * Every client error the server throws names a reason of the registry (docs/architecture.md,
 * errors): a bare English message would reach the admin as the generic sentence of its code. This
 * reads the server's sources and fails on any client error class given a string literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SERVER = path.join(__dirname, '..', '..', 'server');
const BARE_MESSAGE = /new (BadUserInputError|ConflictError|ForbiddenError|UnauthenticatedError)\(\s*[`'"]/g;

/** The TypeScript sources under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the server’s client errors', () => {
  it('give a reason, never a bare message', () => {
    const bare: string[] = [];
    for (const file of sources(SERVER)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(BARE_MESSAGE)) {
        const line = text.slice(0, match.index).split('\n').length;
        bare.push(`${path.relative(SERVER, file)}:${line} ${match[1]}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
