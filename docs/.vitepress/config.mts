// The docs site. VitePress 1.x because it is the generator TypeScript libraries of our kind use
// (Vite, Vitest, Vue), its local search needs no service, it has i18n, and its output is plain
// static HTML that works offline and from any file server. See docs/docs-site.md.
//
// The pages are not read from docs/ directly: scripts/build-docs.mjs first writes them, with every
// chart marker replaced by an SVG drawn by the library, into docs/.site-src/ (git-ignored), and
// typedoc writes the API reference into docs/.site-src/public/api/. VitePress builds that into
// docs/site/.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type DefaultTheme } from "vitepress";

// Links to example shell scripts are files to download, not pages (VitePress would add .html).
process.env.VITE_EXTRA_EXTENSIONS = "sh";

const here = dirname(fileURLToPath(import.meta.url));

/** The workshop's pages in a language, read from docs/workshop/LANG/ (titled by their first heading). */
const workshop = (lang: "nb" | "en"): DefaultTheme.SidebarItem[] => {
  const dir = join(here, "..", "workshop", lang);
  const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").sort() : [];
  const title = (file: string) => /^# (.+)$/m.exec(readFileSync(join(dir, file), "utf8"))?.[1] ?? file.replace(/\.md$/, "");
  return [
    {
      text: lang === "nb" ? "Verksted (bokmål)" : "Workshop (English)",
      items: [
        { text: lang === "nb" ? "Kursholderens plan" : "The trainer's plan", link: `/workshop/${lang}/` },
        ...pages.map((p) => ({ text: title(p), link: `/workshop/${lang}/${p.replace(/\.md$/, "")}` })),
      ],
    },
    { text: lang === "nb" ? "In English" : "På norsk", link: lang === "nb" ? "/workshop/en/" : "/workshop/nb/" },
    { text: lang === "nb" ? "Om verkstedet" : "About the workshop", link: "/workshop/" },
  ];
};

const guides: DefaultTheme.SidebarItem[] = [
  {
    text: "Start",
    items: [
      { text: "Getting started", link: "/getting-started" },
      { text: "Choosing a chart", link: "/choosing-a-chart" },
      { text: "Gallery", link: "/gallery" },
      { text: "Cookbook", link: "/cookbook/" },
    ],
  },
  {
    text: "Reading charts",
    items: [
      { text: "Reading signals", link: "/reading-signals" },
      { text: "Signal rules", link: "/rules" },
      { text: "Baselines and freezing", link: "/baselines" },
      { text: "Targets", link: "/targets" },
    ],
  },
  {
    text: "Data in, charts out",
    items: [
      { text: "From Excel to a chart", link: "/excel-to-chart" },
      { text: "Fra Excel til diagram (nb)", link: "/excel-til-diagram" },
      { text: "Excel workbooks", link: "/excel-workbooks" },
      { text: "Adapters: what is read and refused", link: "/adapters" },
      { text: "Measurement plans and reports", link: "/measurement-plans" },
      { text: "Drawing charts", link: "/rendering" },
      { text: "Interactive charts in an app", link: "/interactive" },
    ],
  },
  {
    text: "Reference",
    items: [
      { text: "The chart spec", link: "/chart-spec" },
      { text: "More charts", link: "/charts-more" },
      { text: "Command line", link: "/cli" },
      { text: "API reference (typedoc)", link: "/api/index.html", target: "_self" },
      { text: "Coming from qicharts2", link: "/qicharts2" },
      { text: "Limits", link: "/limits" },
      { text: "Security", link: "/security" },
      { text: "About this site", link: "/docs-site" },
    ],
  },
];

export default defineConfig({
  title: "spc-charts",
  description: "Statistical process control charts for health-care improvement, in TypeScript",
  lang: "en",
  srcDir: ".site-src",
  // typedoc copies the README and guides it links into public/api/media/: files, not pages.
  srcExclude: ["public/**"],
  outDir: "site",
  cacheDir: ".vitepress/cache",
  // The API reference (typedoc) and the playground are plain HTML copied from public/: not VitePress pages.
  ignoreDeadLinks: [/^\/?api\//, /\/api\/index/, /playground\/index/, /\/files\/examples\/[\w-]+\.html$/],
  // Runs offline: no Google fonts or other third-party requests.
  head: [["meta", { name: "theme-color", content: "#1f5f8b" }]],
  markdown: {
    // The guides are plain Markdown, not Vue templates: `{{ … }}` in text or inline code is text.
    config(md) {
      const escape = md.utils.escapeHtml;
      md.renderer.rules.code_inline = (tokens, i) => `<code v-pre>${escape(tokens[i]!.content)}</code>`;
      const text = md.renderer.rules.text!;
      md.renderer.rules.text = (tokens, i, options, env, self) => {
        const html = text(tokens, i, options, env, self);
        return tokens[i]!.content.includes("{{") ? `<span v-pre>${html}</span>` : html;
      };
    },
  },
  // Bokmål pages say so to the browser (screen readers, hyphenation): the workshop in bokmål and
  // the Norwegian Excel guide. (Loaded pages; VitePress's client navigation keeps the site's lang.)
  // The pager's next/previous links skip the API reference: it is typedoc's HTML, which
  // VitePress's router cannot show (the sidebar links it with target="_self").
  transformPageData(page) {
    if (page.relativePath === "cli.md") page.frontmatter.next ??= { text: "Coming from qicharts2", link: "/qicharts2" };
    if (page.relativePath === "qicharts2.md") page.frontmatter.prev ??= { text: "Command line", link: "/cli" };
  },
  transformHtml(html, _id, { pageData }) {
    if (/^workshop\/nb\//.test(pageData.relativePath) || pageData.relativePath === "excel-til-diagram.md") return html.replace(/<html lang="en"/, '<html lang="nb"');
  },
  themeConfig: {
    search: { provider: "local" },
    nav: [
      { text: "Guide", link: "/getting-started" },
      { text: "Gallery", link: "/gallery" },
      { text: "Cookbook", link: "/cookbook/" },
      {
        text: "Reference",
        items: [
          { text: "API (typedoc)", link: "/api/index.html", target: "_self" },
          { text: "Chart spec", link: "/chart-spec" },
          { text: "Command line", link: "/cli" },
          { text: "Signal rules", link: "/rules" },
        ],
      },
      {
        text: "Workshop",
        items: [
          { text: "Verksted (bokmål)", link: "/workshop/nb/" },
          { text: "Workshop (English)", link: "/workshop/en/" },
        ],
      },
      { text: "Playground", link: "/playground/index.html", target: "_self" },
    ],
    sidebar: {
      "/workshop/nb/": workshop("nb"),
      "/workshop/en/": workshop("en"),
      "/": guides,
    },
    outline: { level: [2, 3] },
  },
});
