// Writes the trainer's printable materials into docs/workshop/print/ (see materials.ts):
//   npx tsx docs/workshop/build-materials.ts
// print/LANG/handout.html, trainer.html, cheat-sheet.html and slides/TALK.html, for nb and en.
// The folder is generated and not committed; the docs build copies it with the workshop.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeAtomically } from "../../src/cli/safe-files.js";
import { allMaterials } from "./materials.js";
import { WORKSHOP_DIR } from "./workshop.js";

const out = join(WORKSHOP_DIR, "print");
const files = allMaterials();
for (const [name, html] of Object.entries(files)) {
  mkdirSync(dirname(join(out, name)), { recursive: true });
  await writeAtomically(join(out, name), html);
}
console.log(`wrote ${Object.keys(files).length} files to ${out}`);
