import { compute, renderSvg } from "../dist/index.js";
const data = Array.from({ length: 36 }, (_, i) => ({ x: `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-01`, y: 10 + (i % 7), n: 100 + i }));
const results = Array.from({ length: 1000 }, (_, k) => compute({ chart: "p", title: `Chart ${k}`, data: data.map((r) => ({ ...r, y: (r.y + k) % 50 })) }));
let t = performance.now();
for (let j = 0; j < 5; j++) for (const r of results) renderSvg(r);
console.log("per chart ms", (performance.now() - t) / 1000);
