// Step 1: parse each scene with esbuild (TSX) and read the facts the later steps need.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync, transformSync } from "esbuild";

const toolDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const requireFromTool = createRequire(path.join(toolDir, "package.json"));

/** Parses a scene as TSX. Returns { ok, errors: [{ message, line, column }], ms }; line and column are 1-based. */
export function checkSyntax(source, file) {
  const started = performance.now();
  try {
    transformSync(source, { loader: "tsx", sourcefile: file, logLevel: "silent" });
    return { ok: true, errors: [], ms: elapsed(started) };
  } catch (error) {
    const errors = (error.errors ?? [{ text: String(error.message ?? error) }]).map((e) => ({
      message: e.text,
      line: e.location?.line ?? null,
      column: e.location ? e.location.column + 1 : null,
    }));
    return { ok: false, errors, ms: elapsed(started) };
  }
}

/** The scene id from `export default function Scene_<ID>`, or null. */
export function sceneId(source) {
  return /export\s+default\s+function\s+Scene_([A-Za-z0-9]+)\s*\(/.exec(source)?.[1] ?? null;
}

/**
 * The duration from `export const durationInFrames_<ID> = <integer>;` (the contract's form), or null
 * when it is missing or not a positive integer literal.
 */
export function sceneDuration(source, id) {
  const name = id ? `durationInFrames_${id}` : "durationInFrames_[A-Za-z0-9]+";
  const match = new RegExp(`export\\s+const\\s+${name}\\s*(?::\\s*number\\s*)?=\\s*(\\d+)\\s*;?`).exec(source);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** True when the scene plays media that only a video render exercises (a still ignores audio). */
export function usesTimedMedia(source) {
  return /<\s*(Video|OffthreadVideo|Html5Video|Audio|Html5Audio)\b/.test(source);
}

/**
 * Imports the render bundle cannot satisfy: anything that is not a package installed next to this tool
 * (relative files, URLs, unknown packages). Such a scene is left out of the bundle so it cannot break it.
 */
export function unresolvableImports(source, file) {
  const result = buildSync({
    stdin: { contents: source, loader: "tsx", sourcefile: file },
    bundle: true,
    write: false,
    metafile: true,
    external: ["*"],
    logLevel: "silent",
    format: "esm",
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  const bad = [];
  for (const { path: specifier } of imports) {
    if (bad.some((b) => b.specifier === specifier) || resolvesFromTool(specifier)) continue;
    const at = locate(source, specifier);
    bad.push({ specifier, message: `import "${specifier}" cannot be resolved (scenes use window.Remotion, not imports)`, ...at });
  }
  return bad;
}

function resolvesFromTool(specifier) {
  if (specifier.startsWith(".") || specifier.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return false;
  try {
    requireFromTool.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

function locate(source, text) {
  for (const quote of ['"', "'", "`"]) {
    const index = source.indexOf(`${quote}${text}${quote}`);
    if (index >= 0) {
      const before = source.slice(0, index).split("\n");
      return { line: before.length, column: before.at(-1).length + 1 };
    }
  }
  return { line: null, column: null };
}

export const elapsed = (started) => Math.round((performance.now() - started) * 10) / 10;
