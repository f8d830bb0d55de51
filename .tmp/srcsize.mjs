import { build } from "esbuild"; import { gzipSync } from "node:zlib";
const r = await build({ stdin: { contents: 'export { compute, renderSvg, explain } from "./src/index.ts";', resolveDir: process.cwd(), loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, logLevel: "silent" });
console.log("total gzip", gzipSync(r.outputFiles[0].contents, {level:9}).length);
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
let render=0; for (const [k,v] of rows) if (k.includes("src/render")) render+=v.bytesInOutput;
console.log("render raw", render);
for (const [k,v] of rows.slice(0,40)) console.log(String(v.bytesInOutput).padStart(7), k.replace(/^.*node_modules\//,""));
