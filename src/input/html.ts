/**
 * HTML remnants in text: the tags and character references that web pages,
 * crawls and CMS exports leave in what should be plain text
 * (`<p>…</p>`, `<br/>`, `&nbsp;`, `&ldquo;`, `&#65292;`).
 *
 * Only what is unmistakably markup is touched: a tag whose name is one of the
 * HTML elements that carry running text (`<p>`, `<br>`, `<div class="…">`,
 * `<span>`, `<font>` …), an HTML comment, an element whose content is not
 * text (`<script>…</script>`, `<style>`, `<noscript>`, `<iframe>`: dropped
 * with what they hold), and a character reference that is well formed and
 * names a character (`&nbsp;`, `&#65292;`, `&#x4e2d;`).
 * Prose that merely holds `<` or `&` (`<5%`, `AT&T`, `R&D`, `A&B;`) stays
 * as written: none of it is a known tag or a named reference.
 *
 * Two spellings that browsers forgive are read too: `&nbsp` without its
 * semicolon (before anything but a letter or digit: `&nbsp&nbsp第二段`), and a
 * reference escaped twice by a CMS (`&amp;nbsp;`, `&amp;#12288;`): `&amp;`
 * right before a well-formed reference to a known name or a code is read as
 * `&`, and the reference decoded. `&amp;` before anything else is `&`
 * (`R&amp;D` → `R&D`, `&amp;foo;` → `&foo;`).
 */

/** Block elements: where one stands inside a line, the line breaks. */
// <p>, </p>, <br>, <br/>, <div class="editor">, <li>, <tr>, <h2>, <hr />
const BLOCK = new Set([
  "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer",
  "hr", "center", "pre", "figure", "figcaption", "caption", "address", "main", "nav", "aside",
]);
/** Inline elements: dropped, their text kept. Table cells become a space. */
// <span style="…">, </font>, <strong>, <a href="…">, <img src="…">, <o:p>
const INLINE = new Set([
  "span", "font", "b", "i", "u", "s", "em", "strong", "a", "img", "sup", "sub", "small", "big",
  "label", "strike", "ins", "del", "abbr", "code", "tt", "cite", "q", "mark", "nobr", "wbr",
  "o:p", "st1:chsdate", "st1:personname", "iframe", "embed", "object", "param", "input",
]);
const CELL = new Set(["td", "th"]);

// A tag: `<name …>` or `</name>`, the name as HTML spells it (letters, digits,
// a namespace prefix as Word writes it), attributes anything but angle brackets.
// <p>, </p>, <br/>, <div class="editor">, <o:p>, <st1:chsdate Year="2012">
// An HTML comment on one line: <!-- 正文开始 -->
const TAG = /<!--[^]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z0-9]+)?)(?:\s[^<>]*)?\/?>/g;

// A comment, or an element whose content is not text, with its content, on one line:
// <!-- 广告位 -->, <script>var ad=1;</script>, <style type="text/css">.a{}</style>,
// <noscript>请开启JavaScript</noscript>, <iframe src="/ad.html">…</iframe>
// (a self-closing `<iframe … />` has no content: it is dropped as a tag).
const HIDDEN = /<!--[^]*?-->|<(script|style|noscript|iframe)\b[^<>]*(?<!\/)>[^]*?<\/\1\s*>/gi;

// A character reference, with its semicolon, maybe escaped once more: &nbsp; &ldquo; &#65292; &#x4E2D; &amp;nbsp; &amp;#12288;
// or `&nbsp` without it, before anything but a letter or digit: &nbsp第二段
const REFERENCE = /&(amp;)?(?:#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});|([a-zA-Z][a-zA-Z0-9]{1,31});|(nbsp|NBSP)(?![a-zA-Z0-9]))/g;

/** The named references that text from the web holds (HTML 4's, and `&apos;`). */
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", shy: "", zwj: "\u200d", zwnj: "\u200c",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", laquo: "«", raquo: "»", sbquo: "‚", bdquo: "„",
  mdash: "—", ndash: "–", hellip: "…", middot: "·", bull: "•", prime: "′", Prime: "″",
  copy: "©", reg: "®", trade: "™", sect: "§", para: "¶", deg: "°", plusmn: "±", times: "×", divide: "÷",
  micro: "µ", permil: "‰", sup1: "¹", sup2: "²", sup3: "³", frac12: "½", frac14: "¼", frac34: "¾",
  yen: "¥", cent: "¢", pound: "£", euro: "€", curren: "¤",
  larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", le: "≤", ge: "≥", ne: "≠", asymp: "≈",
  minus: "−", lowast: "∗", radic: "√", infin: "∞", iexcl: "¡", iquest: "¿", brvbar: "¦", uml: "¨",
  macr: "¯", acute: "´", cedil: "¸", ordf: "ª", ordm: "º", not: "¬", alpha: "α", beta: "β",
  gamma: "γ", delta: "δ", mu: "μ", pi: "π", sigma: "σ", omega: "ω", Omega: "Ω", Delta: "Δ",
};

/** True when `line` may hold a tag or a reference (the cheap test before the regexes). */
export function mayHoldMarkup(line: string): boolean {
  return line.indexOf("<") >= 0 || line.indexOf("&") >= 0;
}

/** The character a numeric reference names, or null for none (NUL, a surrogate, past U+10FFFF). */
function fromCode(code: number): string | null {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  // A reference to a control character (&#10;, &#13;) is white space in running text.
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return " ";
  return String.fromCodePoint(code);
}

/**
 * Decodes the character references of `text`, in one pass; a reference
 * escaped twice (`&amp;nbsp;`) is decoded whole, `&amp;` before anything that
 * is no known reference is `&` (`&amp;foo;` → `&foo;`); unknown names stay.
 */
export function decodeReferences(text: string): string {
  if (text.indexOf("&") < 0) return text;
  REFERENCE.lastIndex = 0;
  return text.replace(
    REFERENCE,
    (whole, amp: string | undefined, dec: string | undefined, hex: string | undefined, name: string | undefined, bare: string | undefined) => {
      const decoded =
        name !== undefined
          ? (NAMED[name] ?? NAMED[name.toLowerCase()])
          : bare !== undefined
            ? NAMED.nbsp
            : fromCode(dec !== undefined ? Number(dec) : parseInt(hex!, 16));
      if (decoded !== undefined && decoded !== null) return decoded;
      // `&amp;` before what is no reference: the `&` it escapes, and the rest as written.
      return amp === undefined ? whole : `&${whole.slice(5)}`;
    },
  );
}

/**
 * Removes the tags of `line` and decodes its references. A block tag becomes
 * `\n` (the caller decides what a break inside a line means), a table cell a
 * space, an inline tag nothing; a tag of any other name stays as written.
 */
export function stripMarkup(line: string): string {
  let out = line;
  if (out.indexOf("<") >= 0) {
    HIDDEN.lastIndex = 0;
    out = out.replace(HIDDEN, "");
    TAG.lastIndex = 0;
    out = out.replace(TAG, (whole, name: string | undefined) => {
      if (name === undefined) return ""; // a comment
      const lower = name.toLowerCase();
      if (BLOCK.has(lower)) return "\n";
      if (CELL.has(lower)) return " ";
      return INLINE.has(lower) ? "" : whole;
    });
  }
  return decodeReferences(out);
}

// <![CDATA[…]]>: its text is literal to XML.
const CDATA = /<!\[CDATA\[([^]*?)\]\]>/g;

/**
 * The text of an XML element's content: CDATA sections unwrapped, XML's
 * escapes decoded elsewhere by `unescape` (CDATA text is literal to XML, so it
 * is left to the HTML layer).
 */
export function xmlText(inner: string, unescape: (s: string) => string): string {
  if (inner.indexOf("<![CDATA[") < 0) return unescape(inner);
  let out = "";
  let at = 0;
  CDATA.lastIndex = 0;
  for (let m = CDATA.exec(inner); m !== null; m = CDATA.exec(inner)) {
    out += unescape(inner.slice(at, m.index)) + m[1]!;
    at = m.index + m[0].length;
  }
  return out + unescape(inner.slice(at));
}
