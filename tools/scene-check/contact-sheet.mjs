#!/usr/bin/env node
// Usage: node tools/scene-check/contact-sheet.mjs --report <report.json> --out <dir>/index.html
import { promises as fs } from "node:fs";
import { parseArgs } from "node:util";
import { writeContactSheet } from "./lib/contact-sheet.mjs";

const usage = "usage: node tools/scene-check/contact-sheet.mjs --report <report.json> --out <dir>/index.html";
let values;
try {
  ({ values } = parseArgs({ options: { report: { type: "string" }, out: { type: "string" } }, strict: true }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (!values.report || !values.out) {
  console.error(usage);
  process.exit(2);
}
let report;
try {
  report = JSON.parse(await fs.readFile(values.report, "utf8"));
} catch (error) {
  console.error(`cannot read the report ${values.report}: ${error.message}`);
  process.exit(2);
}
await writeContactSheet(report, values.out);
console.log(`contact sheet: ${values.out} (${report.scenes.length} scenes)`);
