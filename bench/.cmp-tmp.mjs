import { readFileSync } from "node:fs";
const src = readFileSync("/work/xlsx/bench/adapters.mjs", "utf8");
const cut = src.slice(src.indexOf("const pad ="), src.indexOf("function bigPlan"));
const wb = src.slice(src.indexOf("async function workbookOf"), src.indexOf('const adapters = await load("adapters.js");'));
const { random } = await import("/work/xlsx/bench/harness.mjs");
const mod = new Function("random", `${cut}\n${wb}\nreturn { eventLog, workbookOf };`)(random);
const text = mod.eventLog(100000);
const bytes = await mod.workbookOf(text);
const csvBytes = new TextEncoder().encode(text);
const { readDataFile, readDelimited } = await import("/work/xlsx/dist/adapters.js");
for (let i = 0; i < 4; i++) {
  let t = performance.now(); readDelimited((await readDataFile(csvBytes, "x.csv")).text); const a = performance.now() - t;
  t = performance.now(); const f = await readDataFile(bytes, "x.xlsx"); const b1 = performance.now() - t; readDelimited(f.text, { delimiter: ";" }); const b = performance.now() - t;
  console.log(`csv ${a.toFixed(0)}  xlsx ${b.toFixed(0)} (read ${b1.toFixed(0)})  ratio ${(b / a).toFixed(2)}`);
}
