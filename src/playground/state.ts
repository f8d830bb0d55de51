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
}

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

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
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

/** The state in a hash made by {@link encodeState}, or `null` when there is none or it is unreadable. */
export async function decodeState(hash: string): Promise<State | null> {
  const h = hash.replace(/^#/, "");
  if (h.length < 2) return null;
  try {
    let bytes = fromBase64Url(h.slice(1));
    if (h[0] === "z") {
      if (!canCompress()) return null;
      bytes = await pipe(bytes, new DecompressionStream("deflate-raw"));
    } else if (h[0] !== "b") return null;
    return sanitise(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}
