// Step 2: one TypeScript program over every scene that parsed, against remotion's own types.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import ts from "typescript";
import { elapsed } from "./syntax.mjs";

const toolDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const globalDeclaration = path.join(toolDir, "types", "remotion-global.d.ts");

/** Compiler options strict enough to catch misspelled props, bad option objects and undefined names. */
export const compilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  jsx: ts.JsxEmit.React,
  // The host compiles with the classic runtime and provides React as a global, like the render bundle does.
  allowUmdGlobalAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: ["react"],
  typeRoots: [path.join(toolDir, "node_modules", "@types")],
  noFallthroughCasesInSwitch: true,
};

/**
 * Type-checks the given scene files in one program. Returns Map(file → { ok, errors, ms }) and the
 * program-wide errors (configuration problems), which fail every scene.
 */
export function checkTypes(files) {
  const results = new Map();
  if (files.length === 0) return { results, globalErrors: [], ms: 0 };
  const started = performance.now();
  const program = ts.createProgram({ rootNames: [globalDeclaration, ...files], options: compilerOptions });
  const globalErrors = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(toError);
  for (const d of program.getSyntacticDiagnostics(program.getSourceFile(globalDeclaration))) globalErrors.push(toError(d));
  for (const file of files) {
    const fileStarted = performance.now();
    const sourceFile = program.getSourceFile(file);
    const diagnostics = sourceFile
      ? [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]
      : [];
    const errors = [...globalErrors, ...diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).map(toError)];
    if (!sourceFile) errors.push({ message: "TypeScript did not load this file", line: null, column: null });
    results.set(file, { ok: errors.length === 0, errors, ms: elapsed(fileStarted) });
  }
  return { results, globalErrors, ms: elapsed(started) };
}

function toError(diagnostic) {
  const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  if (!diagnostic.file || diagnostic.start === undefined) return { message, line: null, column: null };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { message, line: line + 1, column: character + 1 };
}

/**
 * Runs checkTypes in a worker thread, so the type check (CPU-bound, synchronous) overlaps the render
 * bundle instead of delaying it. Resolves to the same shape as checkTypes.
 */
export function checkTypesInWorker(files) {
  if (files.length === 0) return Promise.resolve({ results: new Map(), globalErrors: [], ms: 0 });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./types-worker.mjs", import.meta.url), { workerData: { files } });
    worker.once("message", (message) => resolve({ ...message, results: new Map(message.results) }));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the type-check worker exited with code ${code}`));
    });
  });
}
