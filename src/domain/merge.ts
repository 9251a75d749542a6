// Email templates and their merge fields. A template is plain text with {{fields}} from a fixed
// list; a contact's values are inserted as data in one pass — never evaluated, never scanned for
// more fields — and escaped in the HTML part. Subjects and sender names are mail headers: a line
// break in one would let a value inject headers, so they are refused at save and at render time.

export const MERGE_FIELDS = [
  "firstName",
  "lastName",
  "fullName",
  "email",
  "company",
  "title",
  "unsubscribeUrl",
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  firstName: "First name",
  lastName: "Last name",
  fullName: "First and last name",
  email: "Email address",
  company: "Company name",
  title: "Job title",
  unsubscribeUrl: "Unsubscribe link",
};

const FIELD = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

type Segment = { text: string } | { field: MergeField };

export interface TemplateProblem {
  path: "subject" | "body" | "fromName";
  message: string;
}

const isField = (name: string): name is MergeField => (MERGE_FIELDS as readonly string[]).includes(name);

/** The fields a text names, and the names that are not merge fields. */
export function fieldsIn(text: string): { known: MergeField[]; unknown: string[] } {
  const known = new Set<MergeField>();
  const unknown = new Set<string>();
  for (const m of text.matchAll(FIELD)) {
    const name = m[1]!;
    if (isField(name)) known.add(name);
    else unknown.add(name);
  }
  return { known: [...known], unknown: [...unknown] };
}

/** A control character (CR and LF above all) or a Unicode line separator: not in a header. */
export function hasHeaderBreak(value: string): boolean {
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function textProblems(path: TemplateProblem["path"], text: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const { unknown } = fieldsIn(text);
  if (unknown.length > 0) {
    problems.push({
      path,
      message: `unknown merge field${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `{{${u}}}`).join(", ")}; use ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(", ")}`,
    });
  }
  // Whatever is left after removing the well-formed fields must not open another one.
  if (text.replace(FIELD, "").includes("{{")) {
    problems.push({ path, message: "has a {{ that does not open a merge field such as {{firstName}}" });
  }
  return problems;
}

/** What is wrong with a template (empty when it may be saved). */
export function templateProblems(t: { subject: string; body: string }): TemplateProblem[] {
  const problems = [...textProblems("subject", t.subject), ...textProblems("body", t.body)];
  if (hasHeaderBreak(t.subject)) {
    problems.push({ path: "subject", message: "must be one line (no line breaks or control characters)" });
  }
  if (fieldsIn(t.subject).known.includes("unsubscribeUrl")) {
    problems.push({ path: "subject", message: "cannot contain {{unsubscribeUrl}}" });
  }
  return problems;
}

/** A sender name is a header too. */
export function fromNameProblems(fromName: string): TemplateProblem[] {
  return hasHeaderBreak(fromName)
    ? [{ path: "fromName", message: "must be one line (no line breaks or control characters)" }]
    : [];
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(FIELD)) {
    const name = m[1]!;
    if (!isField(name)) continue; // refused at save time; rendered literally if it slipped through
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ field: name });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

const MARKETING_FOOTER = "\n\nTo stop receiving these emails: {{unsubscribeUrl}}";

/** Marketing mail always carries a way out: a body without {{unsubscribeUrl}} gets a footer line. */
export function bodyToSend(kind: "marketing" | "transactional", body: string): string {
  return kind === "marketing" && !fieldsIn(body).known.includes("unsubscribeUrl")
    ? body + MARKETING_FOOTER
    : body;
}

/** The merge values of a contact: missing values are empty. */
export function mergeValues(contact: {
  firstName?: string | null;
  lastName?: string | null;
  email: string;
  company?: string | null;
  title?: string | null;
  unsubscribeUrl: string;
}): MergeValues {
  const firstName = contact.firstName ?? "";
  const lastName = contact.lastName ?? "";
  return {
    firstName,
    lastName,
    fullName: [firstName, lastName].filter((s) => s.length > 0).join(" "),
    email: contact.email,
    company: contact.company ?? "",
    title: contact.title ?? "",
    unsubscribeUrl: contact.unsubscribeUrl,
  };
}

/** Plain-text rendering: each field replaced once by its value (values are never re-read). */
export function renderText(template: string, values: MergeValues): string {
  return segments(template)
    .map((s) => ("field" in s ? values[s.field] : s.text))
    .join("");
}

export type HeaderRender = { ok: true; value: string } | { ok: false; reason: string };

/** A subject line: refused when a value would put a line break in the header. */
export function renderSubject(template: string, values: MergeValues): HeaderRender {
  const value = renderText(template, values).trim();
  if (hasHeaderBreak(value)) return { ok: false, reason: "the subject would contain a line break" };
  return { ok: true, value };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An http(s) URL as written, or null (javascript:, data:, malformed …). */
export function safeHttpUrl(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? candidate : null;
  } catch {
    return null;
  }
}

// Inline (mail clients drop <style>); long links wrap instead of widening the message.
const BODY_STYLE =
  "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;overflow-wrap:anywhere";

export interface HtmlOptions {
  /** The href of the n-th link (0-based) of the message; the visible text stays the URL. */
  linkHref?: (url: string, position: number) => string;
  /** Appended as a 1×1 image (the open pixel). */
  pixelUrl?: string;
}

export interface HtmlRender {
  html: string;
  /** The template's links in order; `linkHref` received these positions. */
  links: string[];
}

/**
 * The HTML part: paragraphs from blank lines, line breaks kept, every character escaped, the
 * template's own http(s) URLs made links. Contact values are escaped text, never links.
 */
export function renderHtml(template: string, values: MergeValues, options: HtmlOptions = {}): HtmlRender {
  const links: string[] = [];
  const href = (url: string) => {
    const position = links.length;
    links.push(url);
    return options.linkHref ? options.linkHref(url, position) : url;
  };
  const paragraphs = template
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim().length > 0)
    .map((p) => {
      const inner = segments(p.trim())
        .map((s) => {
          if (!("field" in s)) return literalHtml(s.text, href);
          const value = values[s.field];
          if (s.field === "unsubscribeUrl" && safeHttpUrl(value)) {
            return `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>`;
          }
          return escapeHtml(value);
        })
        .join("");
      return `<p>${inner}</p>`;
    });
  const pixel = options.pixelUrl
    ? `\n<img src="${escapeHtml(options.pixelUrl)}" width="1" height="1" alt="" style="display:block;border:0">`
    : "";
  const html = `<!doctype html>\n<html><head><meta charset="utf-8"></head><body style="${BODY_STYLE}">\n${paragraphs.join("\n")}${pixel}\n</body></html>\n`;
  return { html, links };
}

// Template text: escaped, line breaks kept, http(s) URLs linked (trailing punctuation stays text).
function literalHtml(text: string, href: (url: string) => string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const raw = m[0].replace(TRAILING_PUNCTUATION, "");
    const url = safeHttpUrl(raw);
    if (!url) continue;
    out += escapeLines(text.slice(last, m.index));
    out += `<a href="${escapeHtml(href(url))}">${escapeHtml(url)}</a>`;
    last = m.index + raw.length;
  }
  return out + escapeLines(text.slice(last));
}

const escapeLines = (text: string) => escapeHtml(text).replace(/\n/g, "<br>\n");
