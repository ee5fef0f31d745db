// The static imports between the repository's own TypeScript files, resolved the way the compiler
// resolves them. Dynamic import() is left out: a lazy chunk is how a view is meant to reach another.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

const compilerOptions: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Node10, allowJs: false, resolveJsonModule: false };

export function sourceFiles(directory: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

export interface IImportSpecifier {
  specifier: string;
  /** `import type`, or every name imported is a type: the compiler erases it, so no code follows it. */
  typeOnly: boolean;
  /** The names imported as values (`*` for a namespace or default import). */
  valueNames: string[];
}

export function importedSpecifiers(file: string): IImportSpecifier[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const specifiers: IImportSpecifier[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)));
      const valueNames = !clause || clause.isTypeOnly ? [] : [
        ...(clause.name || (bindings && ts.isNamespaceImport(bindings)) ? ['*'] : []),
        ...(bindings && ts.isNamedImports(bindings) ? bindings.elements.filter((element) => !element.isTypeOnly).map((element) => (element.propertyName ?? element.name).text) : [])];
      specifiers.push({ specifier: statement.moduleSpecifier.text, typeOnly, valueNames });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push({ specifier: statement.moduleSpecifier.text, typeOnly: statement.isTypeOnly, valueNames: statement.isTypeOnly ? [] : ['*'] });
    } else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference) && ts.isStringLiteral(statement.moduleReference.expression)) {
      specifiers.push({ specifier: statement.moduleReference.expression.text, typeOnly: statement.isTypeOnly, valueNames: ['*'] });
    }
  }
  return specifiers;
}

/** Each file's imports of files in the same set (packages and files outside the set are left out); `valuesOnly` leaves out type-only imports. */
export function importGraph(files: readonly string[], valuesOnly = false): ImportGraph {
  const inSet = new Set(files.map(file => path.resolve(file)));
  const graph: ImportGraph = new Map();
  for (const file of inSet) {
    const targets = new Set<string>();
    for (const { specifier, typeOnly } of importedSpecifiers(file)) {
      if (!specifier.startsWith('.') || (valuesOnly && typeOnly)) continue;
      const resolved = ts.resolveModuleName(specifier, file, compilerOptions, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && inSet.has(path.resolve(resolved))) targets.add(path.resolve(resolved));
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** The files a file reaches through its static imports, itself included. */
export function reachedFrom(graph: ImportGraph, start: string): Set<string> {
  const reached = new Set<string>();
  const waiting = [path.resolve(start)];
  while (waiting.length > 0) {
    const file = waiting.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    waiting.push(...(graph.get(file) ?? []));
  }
  return reached;
}

/** One closed path per strongly connected group of files (Tarjan), each starting and ending at the same file. */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups.map(group => closedPath(graph, new Set(group), group[0]));
}

/** The shortest way from a file back to itself inside its group (breadth first). */
function closedPath(graph: ImportGraph, group: Set<string>, start: string): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const way = [start];
        for (let step: string | undefined = file; step !== undefined && step !== start; step = cameFrom.get(step)) way.splice(1, 0, step);
        return [...way, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
