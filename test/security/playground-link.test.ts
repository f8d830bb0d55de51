import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, decodeLink, decodeState, encodeState, MAX_LINK_BYTES, MAX_LINK_ROWS } from "../../src/playground/state.js";

// Issue 11: a playground link of 800 characters expanded to 200,000 rows, froze the tab for 30 s
// and then overflowed the stack. A link now expands to at most MAX_LINK_BYTES of state and
// MAX_LINK_ROWS rows of data; beyond that it is refused and the page says so.

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const zLink = (json: string) => `#z${base64url(deflateRawSync(Buffer.from(json)))}`;
const rows = (n: number) => `Måned\tFall\n${Array.from({ length: n - 1 }, (_, i) => `${i + 1}\t${i % 9}`).join("\n")}\n`;

describe("what a playground link may expand to", () => {
  it("round-trips an ordinary link", async () => {
    const state = { ...DEFAULT_STATE, text: rows(30), title: "Fall" };
    expect(await decodeLink(`#${await encodeState(state)}`)).toEqual({ state, refused: null });
  });

  it(`opens a link of exactly ${MAX_LINK_ROWS} rows`, async () => {
    const { state, refused } = await decodeLink(zLink(JSON.stringify({ text: rows(MAX_LINK_ROWS) })));
    expect(refused).toBeNull();
    expect(state?.text.split("\n").filter(Boolean)).toHaveLength(MAX_LINK_ROWS);
  });

  it("refuses a short link that deflates to 200,000 rows, and says it was rows", async () => {
    const text = "a\n".repeat(200_000);
    const link = zLink(JSON.stringify({ text }));
    expect(link.length).toBeLessThan(2000);
    expect(await decodeLink(link)).toEqual({ state: null, refused: "rows" });
    expect(await decodeState(link)).toBeNull();
  });

  it("stops a deflate bomb at the byte limit", async () => {
    const link = zLink(JSON.stringify({ text: " ".repeat(50_000_000) }));
    expect(link.length).toBeLessThan(100_000);
    expect(await decodeLink(link)).toEqual({ state: null, refused: "bytes" });
  });

  it("refuses a plain (base64) link over the byte limit", async () => {
    const link = `#b${base64url(Buffer.from(JSON.stringify({ title: "x".repeat(MAX_LINK_BYTES) })))}`;
    expect(await decodeLink(link)).toEqual({ state: null, refused: "bytes" });
  });

  it("treats an unreadable link as no link, not as too big", async () => {
    expect(await decodeLink("#z%%%")).toEqual({ state: null, refused: null });
    expect(await decodeLink("#q1234")).toEqual({ state: null, refused: null });
    expect(await decodeLink("")).toEqual({ state: null, refused: null });
  });
});
