/**
 * A small strict XML reader for the tests: enough of XML 1.0 to prove that an SVG string is
 * well-formed (balanced tags, quoted attributes, known entities, no stray `<` or `&`) and to walk
 * its elements. Node has no DOMParser; the browser test checks the same SVGs in Chromium.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text content directly inside (entities decoded). */
  text: string;
  parent: XmlElement | null;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: number): string {
  if (ILLEGAL.test(raw)) throw new Error(`illegal character near ${where}`);
  return raw.replace(/&([^;]*);|&/g, (_match, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare & near ${where}`);
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    const e = ENTITIES[body];
    if (e === undefined) throw new Error(`unknown entity &${body}; near ${where}`);
    return e;
  });
}

/** Parses an XML document with one root element; throws on anything not well-formed. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "", parent: null };
  let current = root;
  let rootSeen = false;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const chunk = source.slice(i, lt < 0 ? source.length : lt);
    if (chunk.includes(">")) throw new Error(`stray > near ${i}`);
    const decoded = decode(chunk, i);
    if (current === root && decoded.trim() !== "") throw new Error(`text outside the root element near ${i}`);
    current.text += decoded;
    if (lt < 0) break;
    i = lt;
    if (source.startsWith("<!--", i)) {
      const end = source.indexOf("-->", i);
      if (end < 0) throw new Error("unclosed comment");
      i = end + 3;
      continue;
    }
    if (source.startsWith("<?", i)) {
      const end = source.indexOf("?>", i);
      if (end < 0) throw new Error("unclosed processing instruction");
      i = end + 2;
      continue;
    }
    if (source.startsWith("</", i)) {
      const m = NAME.exec(source.slice(i + 2));
      if (!m) throw new Error(`bad end tag near ${i}`);
      if (m[0] !== current.name) throw new Error(`</${m[0]}> closes <${current.name}> near ${i}`);
      i += 2 + m[0].length;
      while (/\s/.test(source[i] ?? "")) i++;
      if (source[i] !== ">") throw new Error(`bad end tag near ${i}`);
      i++;
      current = current.parent!;
      continue;
    }
    const m = NAME.exec(source.slice(i + 1));
    if (!m) throw new Error(`bad start tag near ${i}`);
    if (current === root && rootSeen) throw new Error("more than one root element");
    if (current === root) rootSeen = true;
    const el: XmlElement = { name: m[0], attrs: {}, children: [], text: "", parent: current };
    current.children.push(el);
    i += 1 + m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(source.slice(i))![0].length;
      i += ws;
      if (source.startsWith("/>", i)) {
        i += 2;
        break;
      }
      if (source[i] === ">") {
        i++;
        current = el;
        break;
      }
      if (ws === 0) throw new Error(`attributes must be separated by space near ${i}`);
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(i));
      if (!a) throw new Error(`bad attribute near ${i}: ${source.slice(i, i + 30)}`);
      if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} near ${i}`);
      el.attrs[a[1]!] = decode(a[3] ?? a[4] ?? "", i);
      i += a[0].length;
    }
  }
  if (current !== root) throw new Error(`<${current.name}> is not closed`);
  const top = root.children[0];
  if (!top) throw new Error("no root element");
  top.parent = null;
  return top;
}

/** Every element below (and including) `el`, in document order. */
export function allElements(el: XmlElement): XmlElement[] {
  const out = [el];
  for (const child of el.children) out.push(...allElements(child));
  return out;
}

/** The value of an attribute on the element or its nearest ancestor that has it. */
export function inherited(el: XmlElement, name: string): string | undefined {
  for (let e: XmlElement | null = el; e; e = e.parent) if (name in e.attrs) return e.attrs[name];
  return undefined;
}

/** Absolute points of an SVG path (M, L, H, V, Z and their relative forms; the renderer uses no curves). */
export function pathPoints(d: string): [number, number][] {
  const tokens = d.match(/[MLHVZmlhvz]|-?\d*\.?\d+(?:e[-+]?\d+)?/g) ?? [];
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let cmd = "";
  let k = 0;
  const num = () => {
    const v = Number(tokens[k++]);
    if (!Number.isFinite(v)) throw new Error(`bad number in path: ${d.slice(0, 80)}`);
    return v;
  };
  while (k < tokens.length) {
    if (/[A-Za-z]/.test(tokens[k]!)) cmd = tokens[k++]!;
    switch (cmd) {
      case "M":
        x = num();
        y = num();
        startX = x;
        startY = y;
        cmd = "L";
        break;
      case "m":
        x += num();
        y += num();
        startX = x;
        startY = y;
        cmd = "l";
        break;
      case "L":
        x = num();
        y = num();
        break;
      case "l":
        x += num();
        y += num();
        break;
      case "H":
        x = num();
        break;
      case "h":
        x += num();
        break;
      case "V":
        y = num();
        break;
      case "v":
        y += num();
        break;
      case "Z":
      case "z":
        x = startX;
        y = startY;
        continue;
      default:
        throw new Error(`unexpected path command ${cmd} in ${d.slice(0, 80)}`);
    }
    points.push([x, y]);
  }
  return points;
}
