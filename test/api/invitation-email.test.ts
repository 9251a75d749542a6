// With SMTP set up, an invitation is also emailed; without it, or when the server refuses, the
// admin still has the link and is told why it was not sent. The invitation stands either way.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { closeMailers } from "../../src/services/email/smtp-transport.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { uniqueSlug } from "../support/database.ts";
import { useSmtp } from "../support/email.ts";
import { startSmtp, type TestSmtp } from "../support/smtp.ts";

let api: TestApi;
let smtp: TestSmtp;

before(async () => {
  api = await setupApi();
  smtp = await startSmtp();
});
after(async () => {
  closeMailers();
  await smtp.close();
  await api.close();
});

const invite = (email: string) =>
  api.call("POST", "/api/v1/users/invitations", { email, name: "Noor Haddad", role: "sales" });

test("no SMTP: the link is answered and nothing is sent", async () => {
  await useSmtp(api, null);
  const res = await invite(`noor-${uniqueSlug()}@example.com`);
  assert.equal(res.status, 201);
  assert.deepEqual([res.body.emailedTo, res.body.emailProblem], [null, null]);
  assert.equal(smtp.received.length, 0);
});

test("with SMTP: the invitee gets the same one-time link by email; a re-send mails the new one", async () => {
  await useSmtp(api, smtp.port);
  const email = `noor-${uniqueSlug()}@example.com`;
  const res = await invite(email);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.body.emailedTo, email);
  const [mail] = await smtp.messagesTo(email);
  assert.ok(mail, "one message to the invitee");
  assert.match(mail.subject ?? "", /invited you to Test /);
  assert.ok(mail.text?.includes(res.body.link), "the email carries the link the admin was shown");
  assert.equal(mail.from?.value[0]?.address, "news@acme.test");

  const again = await api.call("POST", `/api/v1/users/${res.body.user.id}/invitation`);
  assert.equal(again.status, 200);
  assert.notEqual(again.body.link, res.body.link);
  const mails = await smtp.messagesTo(email);
  assert.equal(mails.length, 2);
  assert.ok(mails[1]!.text?.includes(again.body.link));
});

test("the server refuses: the invitation stands, the admin is told why and keeps the link", async () => {
  await useSmtp(api, smtp.port);
  const email = `refused-${uniqueSlug()}@example.com`;
  smtp.refuse.set(email, 550);
  const res = await invite(email);
  assert.equal(res.status, 201);
  assert.equal(res.body.emailedTo, null);
  assert.match(res.body.emailProblem, /Mailbox unavailable/);
  assert.ok(res.body.link);
  const users = (await api.call("GET", "/api/v1/users")).body.data;
  assert.equal(users.find((u: { email: string }) => u.email === email)?.status, "invited");
});
