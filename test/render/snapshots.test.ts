import { describe, it } from "vitest";
import { renderSvg } from "../../src/render/index.js";
import { cases } from "./cases.js";
import { gallery } from "./gallery.js";
import { matchSnapshot } from "./snapshot.js";

describe("snapshots (test/output/*.svg)", () => {
  for (const [name, make] of Object.entries({ ...cases, ...gallery })) {
    it(name, () => {
      const { result, options } = make();
      matchSnapshot(name, renderSvg(result, options));
    });
  }
});
