// `sverka validate` of a program's workbook initialises no zod (issue 10): it parses no JSON but a --rules file,
// and zod's start-up with the schemas of the domain cost ≈ 60 M instructions of every run at ×1, ≈ 110 M at ×100
// (callgrind). The schemas are kept in modules of their own (src/domain/*-schema.ts), apart from the helpers
// validate uses; --rules loads the config's schema when it reads a file, a report workbook its own checking.
// Here, the modules validate imports statically (what its bundle initialises before the first read), as esbuild
// resolves them with the imports of types left out: none may be zod or import it.
import { buildSync } from 'esbuild';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every module `entry` reaches by static imports, each with the chain that reached it first. */
function staticImports(entry: string): Map<string, string[]> {
  const { metafile } = buildSync({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    outdir: join(ROOT, 'dist', 'graph'),
    logLevel: 'silent',
  });
  const reached = new Map<string, string[]>([[relative(ROOT, join(ROOT, entry)), []]]);
  const queue = [...reached.keys()];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || reached.has(imported.path)) continue;
      reached.set(imported.path, [...reached.get(file)!, file]);
      if (!imported.external) queue.push(imported.path);
    }
  }
  return reached;
}

describe('validate and zod', () => {
  const reached = staticImports('src/cli/commands/validate.ts');

  it('reaches the readers, the rules and the report output', () => {
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['src/sheets/check-workbook.ts', 'src/domain/rules/index.ts', 'src/cli/report-output.ts']));
  });

  it('imports no zod, nor any module that imports it, before a --rules file or a report workbook asks', () => {
    const zod = [...reached].filter(([file]) => file === 'zod' || file.startsWith('zod/')).map(([file, chain]) => [...chain, file].join(' → '));
    expect(zod).toEqual([]);
  });
});
