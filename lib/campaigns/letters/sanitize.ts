// The initiative letter is rich text written by staff and shown to every unit and member: only a small set of
// tags survives, links must be http(s), no attribute but href, no style, no script of any kind. Run on save and
// again on display.
import sanitizeHtml from "sanitize-html";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "u", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a"],
  allowedAttributes: { a: ["href", "rel", "target"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesByTag: { a: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Dropped with everything inside them (not just their tags).
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math", "template", "title", "head"],
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h2",
    // contentEditable writes a <div> per line.
    div: "p",
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? "";
      // A link to anything but http(s) loses its href here and its tag below (its text stays). Renaming it to a
      // tag that is not allowed would unbalance sanitize-html's closing tags.
      if (!/^https?:\/\//i.test(href.trim())) return { tagName, attribs: {} as sanitizeHtml.Attributes };
      return { tagName, attribs: { href: href.trim(), rel: "noopener noreferrer", target: "_blank" } };
    },
  },
};

export function sanitizeLetterHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS)
    .replace(/<a>([\s\S]*?)<\/a>/g, "$1")
    .trim();
}

/** Plain text of a letter (previews, notifications). */
export function letterText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
