/**
 * The HTML report: one self-contained page (inline CSS and SVG, no script,
 * nothing fetched) showing each article with its figures highlighted, a
 * summary of figures by kind and bar charts of the largest money and area
 * figures. Every piece of input text goes through `escapeHtml`.
 */
import { figureKinds, type ArticleRecord, type Figure, type FigureKind, type NewsRecord, type PageRecord } from "../schema.js";
import type { CollectedDiagnostic } from "./collect.js";
import { describeFigure, figureValue, groupedNumber, plainNumber, splitParagraph } from "./highlight.js";
import { truncateToWidth } from "./width.js";

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

/**
 * The exact sum of decimal values, as a grouped decimal string: the values
 * are scaled to integers (BigInt) so that 4191.26 + 40 is 4,231.26, not
 * 4231.259999….
 */
export function exactSum(values: readonly number[]): string {
  const parts = values.map((v) => {
    const text = plainNumber(v);
    const negative = text.startsWith("-");
    const [whole = "0", fraction = ""] = text.replace("-", "").split(".");
    return { negative, whole, fraction };
  });
  const decimals = Math.max(0, ...parts.map((p) => p.fraction.length));
  let total = 0n;
  for (const p of parts) {
    const n = BigInt(p.whole + p.fraction.padEnd(decimals, "0"));
    total += p.negative ? -n : n;
  }
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** What the report is made of: the records in input order, the problems met, the inputs named. */
export interface ReportData {
  records: readonly NewsRecord[];
  diagnostics: readonly CollectedDiagnostic[];
  /** ISO timestamp written in the footer; left out when null (reproducible output). */
  generated: string | null;
  version: string;
}

interface Located {
  figure: Figure;
  article: ArticleRecord;
}

function located(records: readonly NewsRecord[]): Located[] {
  const out: Located[] = [];
  for (const r of records) if (r.type === "article") for (const figure of r.figures) out.push({ figure, article: r });
  return out;
}

function anchor(id: string): string {
  return `a-${id.replace(/[^\p{L}\p{N}_-]/gu, "-")}`;
}

function summaryTable(all: readonly Located[]): string {
  const rows: string[] = [];
  for (const kind of figureKinds) {
    const mine = all.filter((l) => l.figure.kind === kind);
    if (mine.length === 0) continue;
    let totals = "";
    if (kind === "money" || kind === "area") {
      const units = [...new Set(mine.map((l) => l.figure.unit))];
      totals = units
        .map((u) => {
          const values = mine.filter((l) => l.figure.unit === u).map((l) => l.figure.value);
          return `<span class="sum">${e(exactSum(values))} ${e(u)}</span>`;
        })
        .join("<br>");
    }
    rows.push(
      `<tr><th scope="row"><span class="swatch" data-kind="${kind}"></span>${kind}</th><td class="num">${mine.length}</td><td class="num">${totals}</td></tr>`,
    );
  }
  if (rows.length === 0) return `<p class="empty">No figures.</p>`;
  return `<table class="summary">
<thead><tr><th scope="col">kind</th><th scope="col">figures</th><th scope="col">sum per unit (money and area; a range counts its lower bound)</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>`;
}

/** The largest figures of one kind and unit as an inline SVG bar chart. */
function barChart(kind: FigureKind, unit: string, items: readonly Located[]): string {
  const top = [...items].sort((a, b) => b.figure.value - a.figure.value).slice(0, 10);
  const max = top[0]?.figure.value ?? 0;
  const row = 24;
  const labelWidth = 330;
  const barWidth = 250;
  const width = labelWidth + barWidth + 150;
  const height = top.length * row + 8;
  const bars = top.map((l, i) => {
    const y = i * row + 4;
    const w = max > 0 ? Math.max(1, Math.round((l.figure.value / max) * barWidth)) : 1;
    const label = truncateToWidth(`${l.article.headline.title ?? l.article.id} · ${l.figure.text}`, 44);
    const full = `${l.article.headline.title ?? l.article.id}: ${l.figure.text} = ${figureValue(l.figure)}`;
    return [
      `<g><title>${e(full)}</title>`,
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${e(label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 8}" data-kind="${kind}"></rect>`,
      `<text x="${labelWidth + w + 6}" y="${y + 15}">${e(groupedNumber(l.figure.value))}</text></g>`,
    ].join("");
  });
  const caption = `Largest ${kind} figures (${unit})`;
  return `<figure class="chart">
<figcaption>${e(caption)}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(caption)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
${bars.join("\n")}
</svg>
</figure>`;
}

function charts(all: readonly Located[]): string {
  const out: string[] = [];
  for (const kind of ["money", "area"] as const) {
    const mine = all.filter((l) => l.figure.kind === kind);
    const byUnit = new Map<string, Located[]>();
    for (const l of mine) byUnit.set(l.figure.unit, [...(byUnit.get(l.figure.unit) ?? []), l]);
    // Units cannot share an axis; chart the most used ones.
    const units = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 3);
    for (const [unit, items] of units) out.push(barChart(kind, unit, items));
  }
  return out.length > 0 ? out.join("\n") : `<p class="empty">No money or area figures to chart.</p>`;
}

function paragraphHtml(article: ArticleRecord, paragraph: string, index: number): string {
  const html = splitParagraph(paragraph, index, article.figures)
    .map((piece) => {
      if (piece.type === "text") return e(piece.text);
      const [figure] = piece.figures;
      const title = piece.figures.map(describeFigure).join(" | ");
      const values = piece.figures.map(figureValue).join(" | ");
      return `<mark class="fig" data-kind="${figure.kind}" title="${e(title)}">${e(piece.text)}</mark><span class="val">${e(values)}</span>`;
    })
    .join("");
  return `<p data-paragraph="${index}"><span class="pno">${index}</span>${html}</p>`;
}

function articleHtml(a: ArticleRecord, ordinal: number): string {
  const h = a.headline;
  const parts: string[] = [];
  parts.push(`<article id="${e(anchor(a.id))}" data-id="${e(a.id)}">`);
  parts.push(
    `<p class="where">#${ordinal} · ${e(a.genre)} · ${e(a.id)} · lines ${a.source.lineStart}–${a.source.lineEnd}</p>`,
  );
  if (h.kicker !== null) parts.push(`<p class="kicker">${e(h.kicker)}</p>`);
  parts.push(h.title !== null ? `<h3>${e(h.title)}</h3>` : `<h3 class="none">(no title: continues an article from an earlier page)</h3>`);
  if (h.subtitle !== null) parts.push(`<p class="subtitle">${e(h.subtitle)}</p>`);
  const facts: string[] = [];
  if (a.dateline !== null) {
    const d = a.dateline;
    facts.push(
      `<dt>dateline</dt><dd>${e(d.text)} <span class="dim">agency ${e(d.agency ?? "–")} · place ${e(d.place ?? "–")} · date ${e(d.date ?? "–")}</span></dd>`,
    );
  }
  facts.push(`<dt>date</dt><dd>${e(a.date ?? "–")}</dd>`);
  const bylines = a.bylines.map((b) => {
    const role = [b.role, b.label, b.photo ? "photo" : null].filter((x) => x !== null && x !== "").join(" · ");
    return `${e(b.name)} <span class="dim">${e(role)}</span>`;
  });
  facts.push(`<dt>bylines</dt><dd>${bylines.length > 0 ? bylines.join("<br>") : "–"}</dd>`);
  parts.push(`<dl class="facts">${facts.join("")}</dl>`);
  if (a.subheads.length > 0) {
    parts.push(
      `<div class="subheads"><p class="dim">Subheads (the record keeps no position for them, so they are listed here rather than in the body):</p><ul>${a.subheads
        .map((s) => `<li>${e(s)}</li>`)
        .join("")}</ul></div>`,
    );
  }
  parts.push(`<div class="body">${a.paragraphs.map((p, i) => paragraphHtml(a, p, i)).join("\n")}</div>`);
  parts.push(`<p class="count">${a.paragraphs.length} paragraph(s), ${a.figures.length} figure(s)</p>`);
  parts.push(`</article>`);
  return parts.join("\n");
}

function pageHtml(p: PageRecord): string {
  const staff = p.staff.map((s) => `${e(s.name)} <span class="dim">${e(s.role)}${s.label ? ` · ${e(s.label)}` : ""}</span>`);
  return `<aside class="page" data-id="${e(p.id)}">
<p class="where">page furniture · ${e(p.id)} · lines ${p.source.lineStart}–${p.source.lineEnd}</p>
${p.section !== null ? `<p>section ${e(p.section)}</p>` : ""}
${staff.length > 0 ? `<p>${staff.join(" · ")}</p>` : ""}
<pre>${e(p.text)}</pre>
</aside>`;
}

function diagnosticsHtml(list: readonly CollectedDiagnostic[]): string {
  if (list.length === 0) return `<p class="empty">None.</p>`;
  const items = list.map((d) => {
    const level = `<strong>${d.level === "info" ? "note" : d.level}</strong>`;
    const where = `${e(d.path)}${d.line !== null ? `:${d.line}` : ""}`;
    const code = d.code !== null ? ` <span class="dim">(${e(d.code)})</span>` : "";
    return `<li class="${d.level}">${level} ${where}: ${e(d.message)}${code}</li>`;
  });
  return `<ul class="diagnostics">${items.join("\n")}</ul>`;
}

const KIND_COLOURS: Record<FigureKind, string> = {
  money: "#c8f0c0",
  area: "#fde9a8",
  percent: "#c4ecf5",
  energy: "#f2d0f2",
  power: "#f2d0f2",
  mass: "#cfdcfa",
  length: "#cfdcfa",
  volume: "#cfdcfa",
  count: "#e4e4e4",
  duration: "#f9cfcf",
};

const CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --dim: #6e6e73; --rule: #d2d2d7; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 16px/1.75 "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--ink); margin-top: 2.5rem; }
h3 { font-size: 1.35rem; margin: .1rem 0; }
h3.none, .dim, .where, .count, .empty { color: var(--dim); }
.where, .count { font-size: .8rem; margin: 0; }
.kicker, .subtitle { margin: 0; color: #3a3a3c; }
article { border: 1px solid var(--rule); border-radius: 6px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
aside.page { border: 1px dashed var(--rule); color: var(--dim); padding: .5rem 1rem; margin: 1.25rem 0; font-size: .85rem; }
aside.page pre { font: inherit; white-space: pre-wrap; margin: 0; }
dl.facts { display: grid; grid-template-columns: 6rem 1fr; gap: 0 .75rem; font-size: .9rem; margin: .75rem 0; }
dl.facts dt { color: var(--dim); }
dl.facts dd { margin: 0; }
.subheads ul { margin: 0 0 .5rem; padding-left: 1.5rem; font-weight: bold; }
.subheads p { margin: 0; font-size: .85rem; }
.body p { margin: .5rem 0; text-indent: 0; }
.pno { display: inline-block; min-width: 2rem; color: var(--dim); font-size: .75rem; }
mark.fig { border-radius: 3px; padding: 0 2px; color: inherit; box-shadow: inset 0 -2px 0 rgba(0,0,0,.35); }
.val { font-size: .72rem; color: #3a3a3c; background: #f2f2f7; border-radius: 3px; padding: 0 3px; margin: 0 3px; white-space: nowrap; }
table.summary { border-collapse: collapse; margin: .5rem 0 1rem; }
table.summary th, table.summary td { border-bottom: 1px solid var(--rule); padding: .25rem .75rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .4rem; vertical-align: -1px; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart figcaption { font-weight: bold; }
svg text { font-size: 12px; fill: var(--ink); }
svg rect { stroke: rgba(0,0,0,.35); stroke-width: .5; }
ul.diagnostics li.error strong { color: #b00020; }
ul.diagnostics li.warning strong { color: #a15c00; }
nav ol { columns: 2; font-size: .9rem; }
footer { margin-top: 3rem; color: var(--dim); font-size: .8rem; }
${figureKinds
  .map(
    (k) =>
      `mark.fig[data-kind="${k}"], .swatch[data-kind="${k}"] { background: ${KIND_COLOURS[k]}; } svg rect[data-kind="${k}"] { fill: ${KIND_COLOURS[k]}; }`,
  )
  .join("\n")}
`;

/** The whole report as one HTML document. */
export function renderReport(data: ReportData): string {
  const all = located(data.records);
  const articles = data.records.filter((r): r is ArticleRecord => r.type === "article");
  const paths = [...new Set(data.records.map((r) => r.source.path))];
  const body: string[] = [];
  let path: string | null = null;
  let ordinal = 0;
  for (const record of data.records) {
    if (record.source.path !== path) {
      path = record.source.path;
      ordinal = 0;
      body.push(`<h2 class="file">${e(path)}</h2>`);
    }
    if (record.type === "article") body.push(articleHtml(record, ++ordinal));
    else body.push(pageHtml(record));
  }
  const toc = articles
    .map((a) => `<li><a href="#${e(anchor(a.id))}">${e(a.headline.title ?? "(no title)")}</a> <span class="dim">${e(a.id)}</span></li>`)
    .join("\n");
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhnews ${e(data.version)}">
<title>zhnews report: ${articles.length} articles, ${all.length} figures</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>zhnews report</h1>
<p class="dim">${paths.length} input(s), ${articles.length} article(s), ${all.length} figure(s), \
${data.diagnostics.length} diagnostic(s). Figures are highlighted by kind; hover one for its reading, \
the grey label after it gives its normalised value (≈ about, &gt; over, &lt; under).</p>
</header>
<main>
<section id="summary">
<h2>Figures by kind</h2>
${summaryTable(all)}
${charts(all)}
</section>
<nav id="contents"><h2>Articles</h2><ol>
${toc}
</ol></nav>
<section id="articles">
${body.join("\n")}
</section>
<section id="diagnostics">
<h2>Diagnostics</h2>
${diagnosticsHtml(data.diagnostics)}
</section>
</main>
<footer>zhnews ${e(data.version)}${data.generated !== null ? ` · ${e(data.generated)}` : ""}</footer>
</body>
</html>
`;
}
