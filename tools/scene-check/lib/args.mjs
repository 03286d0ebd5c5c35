// Command-line parsing for check.mjs. Usage errors throw UsageError (exit code 2).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

export class UsageError extends Error {}

export const USAGE = `usage: node tools/scene-check/check.mjs --scenes <dir> --out <report.json>
         [--assets <dir> --asset-base-url <url>] [--stills <dir>] [--contact-sheet <index.html>]
         [--fps 30] [--width 1920] [--height 1080] [--timeout-ms 20000] [--skip-render]
         [--chromium <path>] [--keep-work] [--quiet]

Checks every *.tsx scene in --scenes: syntax (esbuild), types (tsc against remotion's types),
render (stills at the first, middle and last frame in headless Chromium; a short mp4 for scenes
with <Video>/<Audio>/<OffthreadVideo>). URLs starting with --asset-base-url are served from
--assets; every other non-local host is blocked in the browser.
Exit code: 0 every scene passed, 1 a scene failed, 2 usage error, 3 the checker itself crashed.`;

const positiveInt = (name, raw, max) => {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a positive integer, got "${raw}"`);
  const value = Number(raw);
  if (value < 1 || value > max) throw new UsageError(`--${name} must be between 1 and ${max}, got ${value}`);
  return value;
};

const existingDir = (name, raw) => {
  const dir = path.resolve(raw);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--${name} is not a directory: ${raw}`);
  return dir;
};

/** Parses argv (without node and the script) into validated, absolute options. */
export function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        scenes: { type: "string" },
        assets: { type: "string" },
        "asset-base-url": { type: "string" },
        out: { type: "string" },
        stills: { type: "string" },
        "contact-sheet": { type: "string" },
        fps: { type: "string", default: "30" },
        width: { type: "string", default: "1920" },
        height: { type: "string", default: "1080" },
        "timeout-ms": { type: "string", default: "20000" },
        "skip-render": { type: "boolean", default: false },
        chromium: { type: "string" },
        "keep-work": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error.message);
  }
  if (values.help) return { help: true };
  if (!values.scenes) throw new UsageError("--scenes <dir> is required");
  if (!values.out) throw new UsageError("--out <report.json> is required");
  if (Boolean(values.assets) !== Boolean(values["asset-base-url"])) {
    throw new UsageError("--assets and --asset-base-url go together");
  }
  let assetBaseUrl = null;
  if (values["asset-base-url"]) {
    let url;
    try {
      url = new URL(values["asset-base-url"]);
    } catch {
      throw new UsageError(`--asset-base-url is not an absolute URL: ${values["asset-base-url"]}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError("--asset-base-url must be http(s)");
    assetBaseUrl = url.href.endsWith("/") ? url.href : `${url.href}/`;
  }
  const out = path.resolve(values.out);
  return {
    help: false,
    scenes: existingDir("scenes", values.scenes),
    assets: values.assets ? existingDir("assets", values.assets) : null,
    assetBaseUrl,
    out,
    stills: path.resolve(values.stills ?? path.join(path.dirname(out), "stills")),
    contactSheet: values["contact-sheet"] ? path.resolve(values["contact-sheet"]) : null,
    fps: positiveInt("fps", values.fps, 240),
    width: positiveInt("width", values.width, 7680),
    height: positiveInt("height", values.height, 7680),
    timeoutMs: positiveInt("timeout-ms", values["timeout-ms"], 600_000),
    skipRender: values["skip-render"],
    chromium: values.chromium ?? process.env.SCENE_CHECK_CHROMIUM ?? null,
    keepWork: values["keep-work"],
    quiet: values.quiet,
  };
}
