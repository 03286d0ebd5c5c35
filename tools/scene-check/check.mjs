#!/usr/bin/env node
// scene-check: proves generated Remotion scenes really work (syntax, types, render). See README.md.
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseOptions, UsageError, USAGE } from "./lib/args.mjs";
import { writeContactSheet } from "./lib/contact-sheet.mjs";
import { renderScenes } from "./lib/render.mjs";
import { checkSyntax, elapsed, sceneDuration, sceneId, unresolvableImports, usesTimedMedia } from "./lib/syntax.mjs";
import { checkTypesInWorker } from "./lib/types.mjs";

const skipped = () => ({ ok: false, skipped: true, errors: [], ms: 0 });

async function main(argv) {
  const options = parseOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const log = options.quiet ? () => {} : (line) => console.error(line);
  const started = performance.now();

  const files = (await fs.readdir(options.scenes, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith(".tsx"))
    .map((e) => e.name)
    .sort();
  if (files.length === 0) throw new UsageError(`no *.tsx scenes in ${options.scenes}`);

  // 1. syntax
  let phase = performance.now();
  const scenes = [];
  for (const [index, file] of files.entries()) {
    const scenePath = path.join(options.scenes, file);
    const source = await fs.readFile(scenePath, "utf8");
    const id = sceneId(source);
    const scene = {
      index,
      file,
      path: scenePath,
      id,
      source,
      durationInFrames: sceneDuration(source, id),
      usesMedia: usesTimedMedia(source),
      syntax: checkSyntax(source, file),
      stills: [],
      video: null,
    };
    scenes.push(scene);
  }
  const syntaxMs = elapsed(phase);

  // 2. types, once for every scene that parsed; in a worker thread while step 3 bundles and renders
  phase = performance.now();
  const parsed = scenes.filter((s) => s.syntax.ok);
  let typesMs = 0;
  const typing = checkTypesInWorker(parsed.map((s) => s.path)).then((typed) => {
    typesMs = elapsed(phase);
    return typed;
  });
  typing.catch(() => {}); // awaited below; avoids an unhandled rejection while rendering

  // 3. render: every scene that parsed and that the bundle can hold (types may still have failed)
  for (const scene of scenes) {
    if (!scene.syntax.ok || options.skipRender) {
      scene.render = skipped();
      continue;
    }
    scene.render = { ok: false, errors: [], ms: 0 };
    for (const { message, line, column } of unresolvableImports(scene.source, scene.file)) {
      scene.render.errors.push({ message, line, column });
    }
    if (scene.durationInFrames === null) {
      scene.render.errors.push({
        message: `no \`export const durationInFrames_${scene.id ?? "<ID>"} = <integer>;\``,
        line: null,
        column: null,
      });
    }
  }
  const renderable = scenes.filter((s) => !s.render.skipped);
  if (renderable.length > 0) log(`rendering ${renderable.length} scene(s)…`);
  phase = performance.now();
  const renderTimings = await renderScenes(renderable, options, log);
  const renderMs = elapsed(phase);
  for (const scene of renderable) scene.render.ok = scene.render.errors.length === 0;
  const typed = await typing;
  for (const scene of scenes) scene.types = typed.results.get(scene.path) ?? skipped();

  const report = buildReport(scenes, options, {
    syntaxMs,
    typesMs,
    typesProgramMs: typed.ms,
    renderMs,
    ...renderTimings,
    totalMs: elapsed(started),
  });
  await fs.mkdir(path.dirname(options.out), { recursive: true });
  await fs.writeFile(options.out, `${JSON.stringify(report, null, 2)}\n`);
  if (options.contactSheet) await writeContactSheet(report, options.contactSheet);

  for (const scene of report.scenes) {
    const status = (c) => (scene.checks[c].skipped ? "skipped" : scene.checks[c].ok ? "ok" : "FAILED");
    log(`${scene.ok ? "pass" : "FAIL"}  ${scene.file}  syntax ${status("syntax")}, types ${status("types")}, render ${status("render")}`);
    for (const c of ["syntax", "types", "render"]) {
      for (const e of scene.checks[c].errors) log(`      ${c} ${e.line ?? "?"}:${e.column ?? "?"} ${e.message.split("\n")[0]}`);
    }
  }
  console.log(
    `scene-check: ${report.totals.passed} passed, ${report.totals.failed} failed of ${report.totals.scenes} ` +
      `(${(report.timings.totalMs / 1000).toFixed(1)} s; report ${options.out})`,
  );
  return report.totals.failed === 0 ? 0 : 1;
}

function buildReport(scenes, options, timings) {
  const out = scenes.map((s) => {
    const checks = { syntax: s.syntax, types: s.types, render: s.render };
    return {
      file: s.file,
      path: s.path,
      id: s.id,
      durationInFrames: s.durationInFrames,
      ok: checks.syntax.ok && checks.types.ok && (checks.render.ok || (options.skipRender && checks.render.skipped)),
      checks,
      stills: s.stills,
      video: s.video,
    };
  });
  const failedBy = (c) => out.filter((s) => !s.checks[c].ok && !s.checks[c].skipped).length;
  return {
    tool: "scene-check",
    options: {
      scenes: options.scenes,
      assets: options.assets,
      assetBaseUrl: options.assetBaseUrl,
      stills: options.stills,
      fps: options.fps,
      width: options.width,
      height: options.height,
      skipRender: options.skipRender,
    },
    totals: {
      scenes: out.length,
      passed: out.filter((s) => s.ok).length,
      failed: out.filter((s) => !s.ok).length,
      failedSyntax: failedBy("syntax"),
      failedTypes: failedBy("types"),
      failedRender: failedBy("render"),
      stills: out.reduce((n, s) => n + s.stills.length, 0),
    },
    timings,
    scenes: out,
  };
}

// Closing the shared browser rejects Remotion's still-pending page-close calls with nobody listening;
// those are harmless. Anything else unobserved is a crash of the checker.
let unexpectedRejection = null;
process.on("unhandledRejection", (reason) => {
  if (/Target closed|Session closed|Connection closed/i.test(String(reason?.message ?? reason))) return;
  unexpectedRejection ??= reason;
  console.error(`scene-check: unhandled rejection: ${reason?.stack ?? reason}`);
});

// Exit explicitly: Remotion can leave download retry timers behind after a failed video render.
main(process.argv.slice(2)).then(
  (code) => {
    process.exit(unexpectedRejection ? 3 : code);
  },
  (error) => {
    if (error instanceof UsageError) {
      console.error(`scene-check: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`scene-check crashed: ${error?.stack ?? error}`);
    process.exit(3);
  },
);
