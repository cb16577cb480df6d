/**
 * dependency-cruiser's rules for server/ (`npm run check:cycles`, run by .ci/run): no import cycle
 * between files, type-only imports included, and a kernel (server/core) that imports no domain
 * module and not the composition root (docs/architecture.md).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Files import each other in a circle (type-only imports count): the module files must form a DAG.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kernel-imports-no-module',
      severity: 'error',
      comment:
        'server/core is the kernel: it knows no domain module and not the composition root (server/app); modules come in through their descriptors.',
      from: { path: '^server/core/' },
      to: { path: '^server/', pathNot: '^server/core/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a cycle through `import type` is still a knot to untie.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|admin|test|bench)/' },
  },
};
