// Step 3: one bundle, one browser, stills at the first, middle and last frame of every scene.
import { accessSync, constants, readFileSync, promises as fs } from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "@remotion/bundler";
import { getCompositions, makeCancelSignal, openBrowser, renderMedia, renderStill } from "@remotion/renderer";
import { rewriteAssetUrls, startAssetServer } from "./asset-server.mjs";
import { elapsed } from "./syntax.mjs";

const toolDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workSlots = 3;
const blockedHosts = "MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";
const mediaFrames = 10;

/** Finds Debian's chromium (or the given path); throws a readable error when there is none. */
export function findChromium(explicit) {
  const candidates = explicit ? [explicit] : (process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, "chromium"));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    explicit
      ? `chromium is not executable: ${explicit}`
      : "chromium was not found on PATH (install it with scripts/prerequisites/node-chromium.sh or apt-get install chromium)",
  );
}

/**
 * Renders every scene. `scenes` are { index, file, path, id, source, durationInFrames, usesMedia, render }
 * where `render` is the check result object to fill ({ ok, errors, ms }) and `stills`/`video` are set on the
 * scene. Only scenes whose `render.errors` is empty on entry are bundled.
 */
export async function renderScenes(scenes, options, log) {
  const timings = { workMs: 0, bundleMs: 0, browserMs: 0, compositionsMs: 0, renderWallMs: 0, stillsMs: 0, mediaMs: 0, stills: 0 };
  const candidates = scenes.filter((s) => s.render.errors.length === 0);
  if (candidates.length === 0) return timings;
  const failAll = (message) => {
    for (const scene of candidates) scene.render.errors.push({ message, line: null, column: null });
  };

  let started = performance.now();
  const { work, caching, release } = await acquireWorkDir();
  const cleanup = [];
  let opening = null;
  try {
    let chromium;
    try {
      chromium = findChromium(options.chromium);
    } catch (error) {
      failAll(error.message);
      return timings;
    }
    const wrapper = path.join(work, "chromium-blocking-other-hosts.sh");
    await fs.writeFile(wrapper, `#!/bin/sh\nexec ${shellQuote(chromium)} --host-resolver-rules=${shellQuote(blockedHosts)} "$@"\n`, { mode: 0o755 });

    let localPrefix = null;
    if (options.assets) {
      const server = await startAssetServer({ root: options.assets, assetBaseUrl: options.assetBaseUrl });
      cleanup.push(server.close);
      localPrefix = server.localPrefix;
    }
    await writeEntry(work, candidates, options, localPrefix);
    timings.workMs = elapsed(started);

    // The browser starts while webpack bundles.
    const browserOptions = { browserExecutable: wrapper, chromeMode: "chrome-for-testing", chromiumOptions: { gl: "swangle" } };
    const browserStarted = performance.now();
    opening = openBrowser("chrome", { ...browserOptions, logLevel: "error" }).then((b) => {
      timings.browserMs = elapsed(browserStarted);
      return b;
    });
    opening.catch(() => {}); // awaited below

    started = performance.now();
    let serveUrl;
    const cwd = process.cwd();
    try {
      serveUrl = await bundle({
        entryPoint: path.join(work, "src", "index.js"),
        rootDir: work,
        outDir: path.join(work, "bundle"),
        enableCaching: caching,
        onProgress: () => {},
        // Full (not "cheap") source maps, so render errors point at a scene's line and column.
        webpackOverride: (config) => ({ ...config, devtool: "source-map" }),
      });
    } catch (error) {
      failAll(`bundling failed: ${firstLines(error.message, 8)}`);
      return timings;
    } finally {
      process.chdir(cwd); // bundle() changes directory to rootDir
    }
    timings.bundleMs = elapsed(started);

    let browser;
    try {
      browser = await opening;
    } catch (error) {
      failAll(`the browser did not start: ${firstLines(error.message, 4)}`);
      return timings;
    }

    started = performance.now();
    let compositions;
    try {
      compositions = await getCompositions(serveUrl, {
        ...browserOptions,
        puppeteerInstance: browser,
        logLevel: "error",
        timeoutInMilliseconds: options.timeoutMs,
      });
    } catch (error) {
      failAll(`listing the compositions failed: ${firstLines(error.message, 8)}`);
      return timings;
    }
    timings.compositionsMs = elapsed(started);

    await fs.mkdir(options.stills, { recursive: true });
    const context = {
      common: { ...browserOptions, serveUrl, puppeteerInstance: browser, logLevel: "error" },
      options,
      timings,
      log,
      locate: makeLocator(path.join(work, "bundle")),
      // Messages name the scene's own asset URLs, not the local fixture server's.
      publicUrls: (text) => (localPrefix ? text.split(localPrefix).join(options.assetBaseUrl) : text),
    };
    // One scene at a time: measured slower with two pages in parallel (2 cores; background tabs throttle timers).
    started = performance.now();
    for (const scene of candidates) {
      const composition = compositions.find((c) => c.id === compositionId(scene));
      const sceneStarted = performance.now();
      if (!composition) {
        scene.render.errors.push({ message: "the composition was not registered", line: null, column: null });
      } else {
        await renderOne(scene, composition, context);
      }
      scene.render.ms = elapsed(sceneStarted);
    }
    timings.renderWallMs = elapsed(started);
    return timings;
  } finally {
    // Also when bundling failed: the browser may still be starting.
    if (opening) await opening.then((b) => b.close({ silent: true })).catch(() => {});
    for (const close of cleanup.reverse()) await close();
    if (options.keepWork) log(`work folder kept: ${work}`);
    await release(options.keepWork);
  }
}

/**
 * A work folder at a stable path (tools/scene-check/.work/slot-N) so webpack's persistent cache, keyed by the
 * entry path, is reused between runs (a cold bundle takes several times longer). A slot is locked by a
 * folder holding the owner's pid; stale locks of dead processes are taken over. When every slot is busy, a
 * temporary folder without cache is used.
 */
async function acquireWorkDir() {
  const root = path.join(toolDir, ".work");
  await fs.mkdir(root, { recursive: true });
  for (let slot = 0; slot < workSlots; slot++) {
    const lock = path.join(root, `slot-${slot}.lock`);
    if (!(await tryLock(lock))) continue;
    const work = path.join(root, `slot-${slot}`);
    await fs.rm(work, { recursive: true, force: true });
    await fs.mkdir(work, { recursive: true });
    return { work, caching: true, release: () => fs.rm(lock, { recursive: true, force: true }) };
  }
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "scene-check-"));
  return { work, caching: false, release: (keep) => (keep ? Promise.resolve() : fs.rm(work, { recursive: true, force: true })) };
}

async function tryLock(lock) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.mkdir(lock);
      await fs.writeFile(path.join(lock, "pid"), String(process.pid));
      return true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    const owner = Number(await fs.readFile(path.join(lock, "pid"), "utf8").catch(() => "0"));
    if (owner && isAlive(owner)) return false;
    if (!owner) {
      // The owner may be between mkdir and writing its pid; only a lock older than a minute is stale.
      const stat = await fs.stat(lock).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs < 60_000) return false;
    }
    await fs.rm(lock, { recursive: true, force: true });
  }
  return false;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

async function renderOne(scene, composition, context) {
  const { options, timings } = context;
  const last = composition.durationInFrames - 1;
  const frames = [...new Set([0, Math.floor(last / 2), last])];
  const stem = path.basename(scene.file, path.extname(scene.file));
  const consoleErrors = [];
  const onBrowserLog = (entry) => {
    if (entry.type === "error" && !consoleErrors.includes(entry.text)) consoleErrors.push(entry.text);
  };
  // Remotion downloads <OffthreadVideo> (stills and video) and audio (video) in Node, where the browser's host
  // block does not apply: a download from any host but the local fixture server fails the scene.
  const onDownload = (src) => {
    if (/^https?:/i.test(src) && !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//i.test(src)) {
      const message = `media downloaded from a non-local host: ${src}`;
      if (!scene.render.errors.some((e) => e.message === message)) scene.render.errors.push({ message, line: null, column: null });
    }
  };
  const common = { ...context.common, composition, onBrowserLog, onDownload };
  // Stills of an earlier run must not pass for this one's.
  for (const old of await fs.readdir(options.stills)) {
    if (old === `${stem}.mp4` || (old.startsWith(`${stem}.f`) && /^\d+\.png$/.test(old.slice(stem.length + 2)))) {
      await fs.rm(path.join(options.stills, old), { force: true });
    }
  }
  for (const frame of frames) {
    const output = path.join(options.stills, `${stem}.f${frame}.png`);
    const started = performance.now();
    const error = await withWatchdog(options.timeoutMs, (cancelSignal) =>
      renderStill({ ...common, frame, output, imageFormat: "png", overwrite: true, timeoutInMilliseconds: options.timeoutMs, cancelSignal }),
    );
    timings.stillsMs += elapsed(started);
    timings.stills += 1;
    if (error) {
      scene.render.errors.push(toRenderError(error, scene, `frame ${frame}`, context));
      break;
    }
    scene.stills.push({ frame, path: output });
    if (scene.render.errors.length > 0) break;
  }
  if (scene.render.errors.length === 0 && scene.usesMedia) {
    const output = path.join(options.stills, `${stem}.mp4`);
    const started = performance.now();
    const error = await withWatchdog(options.timeoutMs * 2, (cancelSignal) =>
      renderMedia({
        ...common,
        codec: "h264",
        outputLocation: output,
        frameRange: [0, Math.min(mediaFrames, composition.durationInFrames) - 1],
        overwrite: true,
        concurrency: 1,
        timeoutInMilliseconds: options.timeoutMs,
        cancelSignal,
      }),
    );
    timings.mediaMs += elapsed(started);
    if (error) scene.render.errors.push(toRenderError(error, scene, "video", context));
    else if (scene.render.errors.length === 0) scene.video = output;
  }
  for (const text of consoleErrors) {
    scene.render.errors.push({ message: context.publicUrls(`browser console error: ${text}`), line: null, column: null });
  }
  context.log(`  render ${scene.file}: ${scene.render.errors.length === 0 ? "ok" : "FAILED"}`);
}

/** Runs a render with a cancel signal fired after `ms`; resolves to the error, or null on success. */
async function withWatchdog(ms, run) {
  const { cancelSignal, cancel } = makeCancelSignal();
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => {
      cancel();
      resolve(new Error(`render timed out after ${ms} ms`));
    }, ms + 5_000);
  });
  try {
    return await Promise.race([run(cancelSignal).then(() => null, (error) => error), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function toRenderError(error, scene, where, context) {
  return {
    message: context.publicUrls(`${where}: ${firstLines(String(error.message ?? error), 6)}`),
    ...context.locate(String(error.stack ?? ""), scene),
  };
}

/**
 * Maps a browser stack trace back to the scene: the first frame whose bundle chunk's source map points into
 * the scene's file gives its 1-based line and column. Remotion only symbolicates the main chunk; scenes are
 * lazy chunks, so this reads their maps itself.
 */
function makeLocator(bundleDir) {
  const maps = new Map();
  const mapOf = (chunk) => {
    if (!maps.has(chunk)) {
      let map = null;
      try {
        map = new SourceMap(JSON.parse(readFileSync(path.join(bundleDir, `${chunk}.map`), "utf8")));
      } catch {
        // no map for this chunk
      }
      maps.set(chunk, map);
    }
    return maps.get(chunk);
  };
  return (stack, scene) => {
    const sceneFile = `/scenes/${compositionId(scene)}.tsx`;
    for (const match of stack.matchAll(/https?:\/\/[^/\s]+\/([\w.-]+\.js):(\d+):(\d+)/g)) {
      const entry = mapOf(match[1])?.findEntry(Number(match[2]) - 1, Number(match[3]) - 1);
      if (entry?.originalSource?.endsWith(sceneFile)) return { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
    }
    return { line: null, column: null };
  };
}

export const compositionId = (scene) => `s${scene.index}-${(scene.id ?? "scene").toLowerCase()}`;

async function writeEntry(work, scenes, options, localPrefix) {
  const src = path.join(work, "src");
  await fs.mkdir(path.join(src, "scenes"), { recursive: true });
  for (const scene of scenes) {
    const code = localPrefix ? rewriteAssetUrls(scene.source, options.assetBaseUrl, localPrefix) : scene.source;
    await fs.writeFile(path.join(src, "scenes", `${compositionId(scene)}.tsx`), code);
  }
  // Imported first: the scenes read window.Remotion when their module is evaluated.
  await fs.writeFile(
    path.join(src, "remotion-global.js"),
    'import * as Remotion from "remotion";\n\nwindow.Remotion = Remotion;\n',
  );
  const entries = scenes
    .map(
      (s) =>
        `  { id: ${JSON.stringify(compositionId(s))}, durationInFrames: ${s.durationInFrames}, ` +
        `lazyComponent: () => import(${JSON.stringify(`./scenes/${compositionId(s)}.tsx`)}) },`,
    )
    .join("\n");
  await fs.writeFile(
    path.join(src, "Root.js"),
    `import React from "react";
import { Composition } from "remotion";

// lazyComponent: a scene that throws while loading breaks only its own composition.
const scenes = [
${entries}
];

export const Root = () =>
  React.createElement(
    React.Fragment,
    null,
    scenes.map((s) =>
      React.createElement(Composition, { key: s.id, ...s, fps: ${options.fps}, width: ${options.width}, height: ${options.height} }),
    ),
  );
`,
  );
  await fs.writeFile(
    path.join(src, "index.js"),
    'import "./remotion-global.js";\nimport { registerRoot } from "remotion";\nimport { Root } from "./Root.js";\n\nregisterRoot(Root);\n',
  );
}

// The message without Node or browser stack lines (positions are reported separately).
const firstLines = (text, n) =>
  text
    .split("\n")
    .filter((line) => !/^\s+at /.test(line))
    .slice(0, n)
    .join("\n")
    .trim();

const shellQuote = (value) => `'${String(value).replaceAll("'", "'\\''")}'`;

