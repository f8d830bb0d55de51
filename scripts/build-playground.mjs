// Builds the workshop playground: src/playground/main.ts bundled with the library by esbuild
// (minified, IIFE) and inlined with its CSS into one self-contained HTML file, so that
// docs/playground/index.html opens from the file system with no server and no network.
//   node scripts/build-playground.mjs                 # writes docs/playground/index.html
//   node scripts/build-playground.mjs --out FILE      # writes FILE instead (the tests build to artifacts/)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src", "playground");
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, "docs", "playground", "index.html");

const common = { bundle: true, minify: true, write: false, logLevel: "warning", legalComments: "none", charset: "utf8" };
const js = await build({ ...common, entryPoints: [join(src, "main.ts")], format: "iife", platform: "browser", target: ["es2022", "chrome110", "firefox110", "safari16"] });
const css = await build({ ...common, entryPoints: [join(src, "style.css")], target: ["chrome110", "firefox110", "safari16"] });

// Nothing in the inlined code may close its element early.
const script = js.outputFiles[0].text.trim().replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
const style = css.outputFiles[0].text.trim().replace(/<\/(style)/gi, "<\\/$1");
const template = readFileSync(join(src, "index.html"), "utf8");
const html = template.replace("/*STYLE*/", () => style).replace("/*SCRIPT*/", () => script);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
console.log(`${out}: ${kb(Buffer.byteLength(html))}, ${kb(gzipSync(html, { level: 9 }).length)} gzip`);
