/**
 * The files a measurement plan names, and the rule that keeps them in the plan's folder: a plan
 * is often written by someone else (`spc report team-*\/plan.yaml`), and what it reads lands in
 * the report, so `../../secret.csv`, `/etc/passwd` or a link out of the folder are refused unless
 * the user says the plan may read them (`--allow-outside`, or `allowOutside: true` in the plan).
 *
 * @module
 */
import { dirname, resolve } from "node:path";
import type { LocatedIssue } from "../plan/diagnostics.js";
import { planPosition } from "../plan/load.js";
import type { Plan } from "../plan/schema.js";
import { say } from "./messages.js";
import { outsideFolder } from "./safe-files.js";

/** A file named in a plan, with where it is named (`measures[0].data.file`). */
export interface PlanFile {
  file: string;
  path: (string | number)[];
}

/**
 * Every file a plan names, each with its path in the plan (a file named twice is listed twice:
 * both places are shown when it is refused).
 *
 * @example
 * ```ts
 * planFiles(plan); // [{ file: "fall.csv", path: ["measures", 0, "data", "file"] }]
 * ```
 */
export function planFiles(plan: Plan): PlanFile[] {
  const files: PlanFile[] = [];
  plan.measures.forEach((m, i) => {
    if (m.data !== undefined) files.push({ file: m.data.file, path: ["measures", i, "data", "file"] });
    if (m.events !== undefined) {
      files.push({ file: m.events.file, path: ["measures", i, "events", "file"] });
      const d = m.events.denominators;
      if (d !== undefined) files.push({ file: d.file, path: ["measures", i, "events", "denominators", "file"] });
    }
  });
  return files;
}

/**
 * The folder a plan's data paths are read from: the plan's own, or the working folder for a
 * plan read from standard input.
 *
 * @example
 * ```ts
 * planFolder("team/plan.yaml"); // "<cwd>/team"
 * ```
 */
export function planFolder(planFile: string): string {
  return resolve(planFile === "-" ? "." : dirname(planFile));
}

/**
 * The plan's files that lie outside its folder, as located issues (`plan.yaml:7:13: …`);
 * none when the plan or the user allows it.
 *
 * @param shown - the plan's name in messages.
 * @example
 * ```ts
 * await filesOutsidePlan("plan.yaml", "plan.yaml", text, plan, false); // [] when every file is beside the plan
 * ```
 */
export async function filesOutsidePlan(planFile: string, shown: string, text: string, plan: Plan, allowed: boolean): Promise<LocatedIssue[]> {
  if (allowed || plan.allowOutside === true) return [];
  const folder = planFolder(planFile);
  const folderShown = planFile === "-" ? "." : dirname(planFile);
  const issues: LocatedIssue[] = [];
  for (const { file, path } of planFiles(plan)) {
    const why = await outsideFolder(folder, file);
    if (why === null) continue;
    const at = planPosition(text, path);
    issues.push({
      code: "outside_plan_folder",
      path,
      message: say("outside_plan", { file, folder: folderShown, why }),
      file: shown,
      ...(at === null ? {} : { line: at.line, column: at.column }),
    });
  }
  return issues;
}
