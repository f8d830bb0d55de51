import { build } from "esbuild"; import { gzipSync } from "node:zlib";
for (const src of process.argv.slice(2)) {
const r = await build({ stdin: { contents: src, resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
console.log(src, r.outputFiles[0].contents.length, gzipSync(r.outputFiles[0].contents,{level:9}).length);
}
