/// <reference lib="dom" />
/**
 * The page's state — the pasted text and every option — and its form in the URL's hash, so that
 * a trainer can share an exercise as a link. The JSON is deflated with `CompressionStream` when
 * the browser has it (`#z…`), else written as plain base64url (`#b…`); both are read back.
 *
 * @module
 */
import { CHART_TYPES, DIRECTIONS, type ChartType, type Direction } from "../index.js";
import type { UiLang } from "./i18n.js";

export interface State {
  text: string;
  chart: ChartType | "auto";
  title: string;
  freeze: number | null;
  breaks: number[];
  exclude: number[];
  multiply: number | null;
  percent: "default" | "yes" | "no";
  target: number | null;
  direction: Direction;
  lang: UiLang;
  /** The team's notes on the measure (a measurement plan's `definition`). */
  notes: string;
  /** Outcome, process or balancing measure (a measurement plan's `type`). */
  kind: MeasureKind;
}

/** The kinds of measure in a family of measures, as a measurement plan names them. */
export const MEASURE_KINDS = ["outcome", "process", "balancing"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const DEFAULT_STATE: State = {
  text: "",
  chart: "auto",
  title: "",
  freeze: null,
  breaks: [],
  exclude: [],
  multiply: null,
  percent: "default",
  target: null,
  direction: "neutral",
  lang: "nb",
  notes: "",
  kind: "process",
};

const positions = (v: unknown): number[] =>
  Array.isArray(v) ? [...new Set(v.filter((p): p is number => Number.isInteger(p) && p > 0))].sort((a, b) => a - b) : [];
const finite = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** A state from untrusted JSON (a shared link): unknown or bad fields take their defaults. */
export function sanitise(raw: unknown): State {
  const o = (raw !== null && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const chart = o["chart"];
  const freeze = o["freeze"];
  return {
    text: typeof o["text"] === "string" ? o["text"] : "",
    chart: chart === "auto" || CHART_TYPES.includes(chart as ChartType) ? (chart as ChartType | "auto") : "auto",
    title: typeof o["title"] === "string" ? o["title"] : "",
    freeze: Number.isInteger(freeze) && (freeze as number) > 0 ? (freeze as number) : null,
    breaks: positions(o["breaks"]),
    exclude: positions(o["exclude"]),
    multiply: finite(o["multiply"]) === 0 ? null : finite(o["multiply"]),
    percent: o["percent"] === "yes" || o["percent"] === "no" ? o["percent"] : "default",
    target: finite(o["target"]),
    direction: DIRECTIONS.includes(o["direction"] as Direction) ? (o["direction"] as Direction) : "neutral",
    lang: o["lang"] === "en" ? "en" : "nb",
    notes: typeof o["notes"] === "string" ? o["notes"] : "",
    kind: MEASURE_KINDS.includes(o["kind"] as MeasureKind) ? (o["kind"] as MeasureKind) : "process",
  };
}

/** Only the fields that differ from the defaults, to keep links short. */
function compact(state: State): Partial<State> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) {
    if (JSON.stringify(v) !== JSON.stringify(DEFAULT_STATE[k as keyof State])) out[k] = v;
  }
  return out as Partial<State>;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * The most a shared link may expand to: 1 MB of state (JSON) and 10,000 rows of pasted data.
 * A link of 800 characters can deflate to 200,000 rows, which froze the tab for half a minute;
 * the playground is for workshop-sized data, and a larger link is refused with a message.
 */
export const MAX_LINK_BYTES = 1_000_000;
export const MAX_LINK_ROWS = 10_000;

/** Thrown inside decoding when a link expands beyond {@link MAX_LINK_BYTES}. */
class TooBig extends Error {}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Read chunk by chunk so that a deflate bomb is stopped at the limit, not after it has expanded.
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const canCompress = () => typeof CompressionStream === "function" && typeof DecompressionStream === "function";

/** The hash (without `#`) that restores `state`. */
export async function encodeState(state: State): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(compact(state)));
  if (canCompress()) {
    try {
      return `z${toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")))}`;
    } catch {
      // fall through to plain base64url
    }
  }
  return `b${toBase64Url(bytes)}`;
}

/**
 * What a link gave: its state, or `null` with why not. `refused` is `"bytes"` when the link
 * expands to more than {@link MAX_LINK_BYTES}, `"rows"` when its data has more than
 * {@link MAX_LINK_ROWS} rows (the page says so), `null` when there was no link or it was unreadable.
 */
export interface DecodedLink {
  state: State | null;
  refused: "bytes" | "rows" | null;
}

/**
 * Reads a hash made by {@link encodeState}, within the limits on what a link may expand to.
 *
 * @example
 * ```ts
 * const { state, refused } = await decodeLink(location.hash);
 * if (refused === "rows") showMessage(`at most ${MAX_LINK_ROWS} rows in a link`);
 * ```
 */
export async function decodeLink(hash: string): Promise<DecodedLink> {
  const h = hash.replace(/^#/, "");
  if (h.length < 2) return { state: null, refused: null };
  // Base64 text is 4/3 of its bytes, and deflate never shrinks text below a thousandth.
  if (h.length > (MAX_LINK_BYTES * 4) / 3 + 4) return { state: null, refused: "bytes" };
  try {
    let bytes = fromBase64Url(h.slice(1));
    if (h[0] === "z") {
      if (!canCompress()) return { state: null, refused: null };
      bytes = await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_LINK_BYTES);
    } else if (h[0] !== "b") return { state: null, refused: null };
    if (bytes.length > MAX_LINK_BYTES) return { state: null, refused: "bytes" };
    const state = sanitise(JSON.parse(new TextDecoder().decode(bytes)));
    if (rowCount(state.text) > MAX_LINK_ROWS) return { state: null, refused: "rows" };
    return { state, refused: null };
  } catch (e) {
    return { state: null, refused: e instanceof TooBig ? "bytes" : null };
  }
}

/**
 * The state in a hash made by {@link encodeState}, or `null` when there is none, it is
 * unreadable or it expands beyond the limits ({@link decodeLink} says which).
 *
 * @example
 * ```ts
 * const state = (await decodeState(location.hash)) ?? DEFAULT_STATE;
 * ```
 */
export async function decodeState(hash: string): Promise<State | null> {
  return (await decodeLink(hash)).state;
}

/** Lines of pasted text that hold something (the header counts as one). */
export function rowCount(text: string): number {
  let rows = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!blank) rows++;
      blank = true;
    } else if (c !== 32 && c !== 9) blank = false;
  }
  return blank ? rows : rows + 1;
}
