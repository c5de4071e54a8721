// The shape of src/, as the README's architecture section draws it: layers that only import
// downwards, no circles between folders or files, and no module that ends the process or
// hands values around through the environment.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const src = path.join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|astro|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative imports of a file, as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)];
  return specs.map((match) => path.resolve(path.dirname(file), match[1]));
}

// Components, layouts and pages are one layer: they may lean on each other.
const VIEW_FOLDERS = new Set(['components', 'layouts', 'pages']);
const folderOf = (file: string) => {
  const first = path.relative(src, file).split(path.sep)[0];
  return first.includes('.') ? '(root)' : VIEW_FOLDERS.has(first) ? 'views' : first;
};

function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const files = sourceFiles(src);

describe('the layers of src/', () => {
  it('has no import circle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const file of files)
      for (const target of importsOf(file).filter((target) => target.startsWith(src))) {
        const [from, to] = [folderOf(file), folderOf(target)];
        if (from !== to) graph.set(from, (graph.get(from) ?? new Set()).add(to));
      }
    expect(findCycle(graph)?.join(' -> ')).toBeUndefined();
  });

  it('has no import circle between files', () => {
    const graph = new Map(files.map((file) => [file, new Set(importsOf(file))]));
    const cycle = findCycle(graph);
    expect(cycle?.map((file) => path.relative(root, file)).join(' -> ')).toBeUndefined();
  });

  it('never ends the process nor writes to the environment', () => {
    const offenders = files.filter((file) =>
      /process\.exit\b|process\.env(\.\w+|\[[^\]]+\])\s*(=[^=]|\?\?=|\|\|=)/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('is wired into Astro by one module of ours', () => {
    const config = readFileSync(path.join(root, 'astro.config.mjs'), 'utf8');
    const ours = [...config.matchAll(/from\s+['"](\.[^'"]+)['"]/g)].map((match) => match[1]);
    expect(ours).toHaveLength(1);
  });
});
