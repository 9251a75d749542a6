import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  bodyToSend,
  escapeHtml,
  fieldsIn,
  fromNameProblems,
  mergeValues,
  renderHtml,
  renderSubject,
  renderText,
  safeHttpUrl,
  templateProblems,
} from "./merge.ts";

const values = (overrides: Partial<Parameters<typeof mergeValues>[0]> = {}) =>
  mergeValues({
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
    company: "Analytical Engines",
    title: "CTO",
    unsubscribeUrl: "https://baton.example/u/TOKEN",
    ...overrides,
  });

describe("templates name only known merge fields", () => {
  test("known fields are listed; spaces inside the braces are allowed", () => {
    assert.deepEqual(fieldsIn("Hi {{ firstName }} at {{company}}").known, ["firstName", "company"]);
  });
  test("an unknown field is a problem at save time, naming the field", () => {
    const problems = templateProblems({ subject: "Hi", body: "Dear {{nickname}}" });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.path, "body");
    assert.match(problems[0]!.message, /\{\{nickname\}\}/);
  });
  test("a stray {{ is a problem; plain braces are not", () => {
    assert.equal(templateProblems({ subject: "Hi", body: "Use {{ firstName" }).length, 1);
    assert.equal(templateProblems({ subject: "Hi", body: "a {b} c }} d" }).length, 0);
  });
  test("a valid template has no problems", () => {
    assert.deepEqual(
      templateProblems({ subject: "News for {{company}}", body: "Hi {{firstName}}\n\n{{unsubscribeUrl}}" }),
      [],
    );
  });
});

describe("headers are one line", () => {
  test("a subject with CR, LF or another control character is refused at save time", () => {
    for (const subject of ["Hi\r\nBcc: x@evil.test", "Hi\nthere", "Hi\rthere", "Hi\u0000"]) {
      assert.ok(
        templateProblems({ subject, body: "b" }).some((p) => p.path === "subject"),
        JSON.stringify(subject),
      );
    }
  });
  test("a sender name with a line break is refused; an ordinary one is fine", () => {
    assert.equal(fromNameProblems("Baton\r\nBcc: x@evil.test").length, 1);
    assert.equal(fromNameProblems("Baton Marketing").length, 0);
  });
  test("a value that would break the subject line is refused at render time", () => {
    const r = renderSubject("Hi {{firstName}}", values({ firstName: "Eve\r\nBcc: x@evil.test" }));
    assert.equal(r.ok, false);
  });
  test("a clean subject renders", () => {
    assert.deepEqual(renderSubject("News for {{company}}", values()), {
      ok: true,
      value: "News for Analytical Engines",
    });
  });
});

describe("values are data, never template", () => {
  test("a first name that looks like a merge field stays literal", () => {
    assert.equal(renderText("Hi {{firstName}}", values({ firstName: "{{email}}" })), "Hi {{email}}");
    const { html } = renderHtml("Hi {{firstName}}", values({ firstName: "{{email}}" }));
    assert.match(html, /Hi \{\{email\}\}/);
    assert.doesNotMatch(html, /ada@example\.com/);
  });
  test("markup in a value is escaped in the HTML part and kept as written in the text part", () => {
    const v = values({ firstName: `<script>alert("x")</script>`, company: "Tom & Jerry's" });
    const { html } = renderHtml("Hi {{firstName}} of {{company}}", v);
    assert.match(html, /Hi &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; of Tom &amp; Jerry&#39;s/);
    assert.doesNotMatch(html, /<script>/);
    assert.equal(renderText("Hi {{firstName}}", v), `Hi <script>alert("x")</script>`);
  });
  test("a URL in a contact's value is text, not a link", () => {
    const { html, links } = renderHtml("From {{company}}", values({ company: "https://evil.test" }));
    assert.deepEqual(links, []);
    assert.doesNotMatch(html, /<a /);
  });
  test("missing values are empty; fullName joins what exists", () => {
    const v = mergeValues({ email: "x@example.com", firstName: "Ada", unsubscribeUrl: "https://u" });
    assert.equal(renderText("[{{lastName}}] [{{fullName}}] [{{company}}]", v), "[] [Ada] []");
  });
});

describe("the HTML part is derived from the text", () => {
  test("blank lines make paragraphs, single line breaks become <br>", () => {
    const { html } = renderHtml("Hello\nworld\n\nSecond", values());
    assert.match(html, /<p>Hello<br>\nworld<\/p>\n<p>Second<\/p>/);
  });
  test("template text is escaped", () => {
    assert.match(renderHtml('1 < 2 & "q"', values()).html, /<p>1 &lt; 2 &amp; &quot;q&quot;<\/p>/);
  });
  test("http(s) URLs become links, in order, with trailing punctuation left as text", () => {
    const { html, links } = renderHtml(
      "See https://a.example/x?y=1&z=2. And http://b.example/ too",
      values(),
      { linkHref: (_url, i) => `https://t.example/c/${i}` },
    );
    assert.deepEqual(links, ["https://a.example/x?y=1&z=2", "http://b.example/"]);
    assert.match(html, /<a href="https:\/\/t\.example\/c\/0">https:\/\/a\.example\/x\?y=1&amp;z=2<\/a>\./);
    assert.match(html, /<a href="https:\/\/t\.example\/c\/1">http:\/\/b\.example\/<\/a> too/);
  });
  test("other schemes never become links", () => {
    const { links, html } = renderHtml("javascript:alert(1) data:text/html,x ftp://f.example", values());
    assert.deepEqual(links, []);
    assert.doesNotMatch(html, /<a /);
  });
  test("the unsubscribe link is a link to itself (not tracked) and the pixel is appended", () => {
    const { html, links } = renderHtml("Bye: {{unsubscribeUrl}}", values(), {
      linkHref: () => "https://t.example/c",
      pixelUrl: "https://t.example/o/TOKEN",
    });
    assert.deepEqual(links, []);
    assert.match(
      html,
      /<a href="https:\/\/baton\.example\/u\/TOKEN">https:\/\/baton\.example\/u\/TOKEN<\/a>/,
    );
    assert.match(html, /<img src="https:\/\/t\.example\/o\/TOKEN" width="1" height="1"/);
  });
});

describe("helpers", () => {
  test("escapeHtml escapes the five characters", () => {
    assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
  });
  test("safeHttpUrl accepts http and https only", () => {
    assert.equal(safeHttpUrl("https://x.example/"), "https://x.example/");
    assert.equal(safeHttpUrl("javascript:alert(1)"), null);
    assert.equal(safeHttpUrl("not a url"), null);
  });
});

describe("marketing mail carries a way out", () => {
  test("a marketing body without {{unsubscribeUrl}} gets a footer; with it, or transactional, it does not", () => {
    assert.match(
      bodyToSend("marketing", "Hi"),
      /^Hi\n\nTo stop receiving these emails: \{\{unsubscribeUrl\}\}$/,
    );
    assert.equal(bodyToSend("marketing", "Hi {{ unsubscribeUrl }}"), "Hi {{ unsubscribeUrl }}");
    assert.equal(bodyToSend("transactional", "Hi"), "Hi");
  });
});
