import { build } from "esbuild";
const r = await build({ stdin: { contents: process.argv[2], resolveDir: process.cwd(), loader: "js" }, bundle: true, minify: false, format: "esm", platform: "browser", write: false, logLevel: "silent" });
console.log(r.outputFiles[0].text);
