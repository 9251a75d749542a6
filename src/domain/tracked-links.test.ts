import assert from "node:assert/strict";
import { test } from "node:test";
import { campaignOf, normaliseTargetUrl, targetUrlProblem, trackedUrl } from "./tracked-links.ts";

test("UTM parameters are appended after the target's own query, which is kept as written", () => {
  assert.equal(
    trackedUrl("https://a.example/p?x=1+2&y#top", { utm_source: "news letter", utm_campaign: "q&a" }),
    "https://a.example/p?x=1+2&y&utm_source=news%20letter&utm_campaign=q%26a#top",
  );
  assert.equal(
    trackedUrl("https://a.example/", { utm_source: "s", utm_medium: null }),
    "https://a.example/?utm_source=s",
  );
  assert.equal(trackedUrl("https://a.example/", {}), "https://a.example/");
});

test("only absolute http(s) targets without credentials or their own UTM parameters pass", () => {
  assert.equal(targetUrlProblem("https://a.example/p?x=1"), null);
  assert.equal(targetUrlProblem("http://a.example"), null);
  for (const bad of [
    "javascript:alert(1)",
    "data:text/html,hi",
    "mailto:a@b.example",
    "//a.example/",
    "a.example",
    "https://u:p@a.example/",
    "https://a.example/?UTM_Source=x",
  ]) {
    assert.notEqual(targetUrlProblem(bad), null, bad);
  }
  assert.equal(normaliseTargetUrl("HTTPS://A.Example"), "https://a.example/");
});

test("the campaign is a non-empty utm_campaign string, as sent", () => {
  assert.equal(campaignOf({ utm_campaign: "Spring" }), "Spring");
  assert.equal(campaignOf({ utm_campaign: "" }), null);
  assert.equal(campaignOf({ utm_campaign: 3 }), null);
  assert.equal(campaignOf({ utmCampaign: "Spring" }), null);
  assert.equal(campaignOf(undefined), null);
});
