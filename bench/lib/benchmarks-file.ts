import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { maintenanceUrl, queryOnce } from './context';
import { markdownTable, verdict, type BenchSection } from './report';

/** Packages whose versions a run records. */
const KEY_PACKAGES = [
  '@apollo/server',
  'type-graphql',
  'typeorm',
  'graphql',
  'dataloader',
  'pg',
  'postgraphile',
  'autocannon',
  'vite',
  'react-admin',
];

/** Heading and introduction of a new BENCHMARKS.md; runs are added below it, newest first. */
const PREAMBLE = `# Benchmarks

Measured with \`npm run bench\` (see bench/README.md): each section below is one run, newest first.
Ratios compare systems measured in the same run on the same machine.
`;

/** The machine and software a run used. */
export interface RunEnvironment {
  /** Logical CPU cores. */
  cores: number;
  /** CPU model as the OS reports it. */
  cpuModel: string;
  /** Total memory in GB (1 GB = 1024³ bytes). */
  memoryGb: number;
  /** OS name and release. */
  os: string;
  /** Node.js version, e.g. "v20.19.0". */
  node: string;
  /** PostgreSQL server version of the bench database, or "unknown". */
  postgres: string;
  /** Installed versions of `KEY_PACKAGES` (name → version). */
  packages: Record<string, string>;
}

/** Collects the machine, Node, PostgreSQL (from `databaseUrl`'s server) and package versions. */
export async function describeEnvironment(root: string, databaseUrl: string): Promise<RunEnvironment> {
  let postgres = 'unknown';
  try {
    const [row] = await queryOnce<{ server_version: string }>(maintenanceUrl(databaseUrl), 'SHOW server_version');
    postgres = row.server_version;
  } catch {
    // the report says "unknown"
  }
  const packages: Record<string, string> = {};
  for (const name of KEY_PACKAGES) {
    try {
      packages[name] = JSON.parse(
        fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'),
      ).version;
    } catch {
      packages[name] = 'not installed';
    }
  }
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    packages,
  };
}

/**
 * Renders one run as a BENCHMARKS.md section: date (UTC), machine, versions, command, a summary
 * and each benchmark's goal, table and notes. `startedAt` is the run's start; `totalMs` its length in ms.
 */
export function renderRun(
  env: RunEnvironment,
  command: string,
  startedAt: Date,
  totalMs: number,
  sections: BenchSection[],
): string {
  const stamp = startedAt.toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    `## ${stamp} UTC`,
    '',
    `Command: \`${command}\` (${Math.round(totalMs / 1000)} s in all)`,
    '',
    markdownTable(
      ['machine', 'value'],
      [
        ['CPU', `${env.cores} cores, ${env.cpuModel}`],
        ['memory', `${env.memoryGb} GB`],
        ['OS', env.os],
        ['Node.js', env.node],
        ['PostgreSQL', env.postgres],
        ...Object.entries(env.packages).map(([name, version]) => [name, version]),
      ],
    ),
    '',
    markdownTable(
      ['benchmark', 'goal', 'measured', 'result'],
      sections.map((s) => [`${s.id} ${s.title}`, s.goal, s.headline ?? '—', verdict(s.passed)]),
    ),
    '',
  ];
  for (const s of sections) {
    lines.push(`### ${s.id} — ${s.title}`, '', `Goal: ${s.goal}`, '', s.table, '');
    for (const note of s.notes) lines.push(note.startsWith('-') ? note : `- ${note}`);
    if (s.notes.length > 0) lines.push('');
  }
  return lines.join('\n');
}

/**
 * Inserts a rendered run into the file at `file` above the newest existing run (creating the file
 * with its preamble when missing), keeping every older run. Returns nothing.
 */
export function prependRun(file: string, rendered: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : PREAMBLE;
  const at = existing.search(/^## /m);
  const next =
    at < 0
      ? `${existing.trimEnd()}\n\n${rendered.trimEnd()}\n`
      : `${existing.slice(0, at)}${rendered.trimEnd()}\n\n${existing.slice(at)}`;
  fs.writeFileSync(file, next);
}
