// An HTML contact sheet from a scene-check report: per scene its file, a link to the code, its checks and stills.
import { promises as fs } from "node:fs";
import path from "node:path";

const escape = (text) =>
  String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const href = (fromDir, target) =>
  path
    .relative(fromDir, target)
    .split(path.sep)
    .map((part) => encodeURIComponent(part))
    .join("/");

/** Builds the HTML (deterministic for a given report and output folder). */
export function renderContactSheet(report, outDir) {
  const cards = report.scenes.map((scene) => {
    const checks = ["syntax", "types", "render"]
      .map((name) => {
        const check = scene.checks[name];
        const state = check.skipped ? "skipped" : check.ok ? "ok" : "failed";
        const errors = check.errors
          .map((e) => `<li><code>${e.line ?? "?"}:${e.column ?? "?"}</code> ${escape(e.message)}</li>`)
          .join("");
        return `<div class="check ${state}"><b>${name}</b> ${state}${errors ? `<ul>${errors}</ul>` : ""}</div>`;
      })
      .join("\n      ");
    const stills = scene.stills
      .map(
        (s) =>
          `<figure><a href="${href(outDir, s.path)}"><img src="${href(outDir, s.path)}" alt="${escape(scene.file)} frame ${s.frame}" loading="lazy"></a>` +
          `<figcaption>frame ${s.frame}</figcaption></figure>`,
      )
      .join("");
    const video = scene.video ? `<p><a href="${href(outDir, scene.video)}">video (first frames)</a></p>` : "";
    return `  <section class="scene ${scene.ok ? "pass" : "fail"}">
    <h2>${scene.ok ? "✔" : "✘"} ${escape(scene.file)}</h2>
    <p>id <code>${escape(scene.id ?? "?")}</code> · ${scene.durationInFrames ?? "?"} frames · <a href="${href(outDir, scene.path)}">code</a></p>
    <div class="checks">
      ${checks}
    </div>
    <div class="stills">${stills || "<em>no stills</em>"}</div>
    ${video}
  </section>`;
  });
  const t = report.totals;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>scene-check: ${t.passed}/${t.scenes} passed</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; background: #fafafa; color: #111; }
  .scene { background: #fff; border: 1px solid #ddd; border-left: 6px solid #2a2; border-radius: 6px; padding: 12px 16px; margin: 0 0 16px; }
  .scene.fail { border-left-color: #c22; }
  h2 { font-size: 16px; margin: 0 0 4px; }
  .checks { display: flex; gap: 12px; flex-wrap: wrap; }
  .check.failed { color: #c22; } .check.skipped { color: #888; }
  .check ul { margin: 4px 0; padding-left: 18px; white-space: pre-wrap; }
  .stills { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
  figure { margin: 0; } figcaption { color: #666; font-size: 12px; }
  img { width: 320px; border: 1px solid #ccc; background: #eee; }
</style>
</head>
<body>
<h1>scene-check: ${t.passed} of ${t.scenes} scenes passed</h1>
<p>${escape(report.options.scenes)}</p>
${cards.join("\n")}
</body>
</html>
`;
}

/** Writes the contact sheet to `outFile`; image and code links are relative to its folder. */
export async function writeContactSheet(report, outFile) {
  const outDir = path.dirname(path.resolve(outFile));
  await fs.mkdir(outDir, { recursive: true });
  await fs.writeFile(outFile, renderContactSheet(report, outDir));
}
