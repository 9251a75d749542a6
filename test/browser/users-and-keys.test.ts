// Users, roles and keys in Chromium (issue 11, item 5): an admin invites a marketer and reads the
// one-time link off the page; the invitee opens it in a browser of their own, chooses a password
// and lands logged in. The admin changes their role, is stopped from demoting the workspace's
// last admin, deactivates the marketer — whose open page is sent to the sign-in form on its next
// action — and reactivates them. On "My account" the user changes the password and creates, uses
// and revokes an API key, which the API then refuses. Screenshots: test-results/screenshots/users-*.png.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { setupApi, type TestApi } from "../support/api.ts";
import { launchBrowser, logInAs, screenshot, startWebServer } from "./browser.ts";

let api: TestApi;
let web: { url: string; close(): Promise<void> };
let browser: Browser;
let admin: Page;
let invitee: BrowserContext;
let marketer: Page;
const ADMIN_PASSWORD = "correct horse"; // setupApi's
const email = () => `mara-${api.slug}@example.com`;

before(async () => {
  api = await setupApi();
  web = await startWebServer(api.deps);
  // Invitation links start with the public URL: here, the test server's.
  api.deps.publicUrl = web.url;
  await api.call("PATCH", `/api/v1/users/${api.admin.userId}`, { name: "Ada Admin" });
  browser = await launchBrowser();
  admin = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  invitee = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  marketer = await invitee.newPage();
});
after(async () => {
  await browser?.close();
  await web?.close();
  await api?.close();
});

const row = (page: Page, address: string) =>
  page.locator(`[data-testid="user-row"][data-email="${address}"]`);

test("an admin invites a marketer, who opens the link in their own browser, sets a password and lands logged in", async () => {
  await logInAs(admin, web.url, api.admin.email, ADMIN_PASSWORD);
  await admin.getByTestId("current-user").waitFor();
  await admin.goto(`${web.url}/settings`);
  await admin.getByTestId("settings-nav").getByRole("link", { name: "Users" }).click();
  await admin.getByTestId("users-table").waitFor();
  await admin.getByTestId("user-invite").click();
  // The form's own words, under the fields, before anything is sent.
  await admin.getByTestId("invite-submit").click();
  await admin.getByText("Enter an email address").waitFor();
  await admin.getByText("Give the person's name").waitFor();
  await admin.getByTestId("invite-email").fill(email());
  await admin.getByTestId("invite-name").fill("Mara Quint");
  await admin.getByTestId("invite-role").selectOption("marketing");
  await admin.getByTestId("invite-submit").click();
  const linkInput = admin.getByTestId("invitation-link");
  await linkInput.waitFor();
  const link = await linkInput.inputValue();
  assert.match(link, new RegExp(`^${web.url}/invite/bti_`));
  await screenshot(admin, "users-invite-link", { fullPage: false });
  await admin.getByTestId("invite-done").click();
  await row(admin, email()).getByText("Invited").waitFor();

  // Someone else's computer: a context with no cookie of the admin's.
  await marketer.goto(link);
  await marketer.getByText("Welcome to").waitFor();
  await marketer.getByText(email()).waitFor();
  await marketer.getByTestId("invitation-password").fill("short");
  await marketer.getByTestId("invitation-submit").click();
  await marketer.getByText("A password needs at least 8 characters.").waitFor();
  await screenshot(marketer, "users-invitation-page");
  await marketer.getByTestId("invitation-password").fill("trade show 2026");
  await marketer.getByTestId("invitation-repeat").fill("trade show 2026");
  await marketer.getByTestId("invitation-submit").click();
  await marketer.waitForURL(`${web.url}/`);
  await marketer.getByTestId("current-user").getByText("Mara Quint").waitFor();

  // The link worked once.
  const again = await invitee.newPage();
  await again.goto(link);
  await again.getByTestId("invitation-invalid").getByText("does not work").waitFor();
  await screenshot(again, "users-invitation-used");
  await again.close();
});

test("the admin changes the marketer's role, cannot demote the last admin, deactivates and reactivates the marketer", async () => {
  await admin.reload();
  const mara = row(admin, email());
  await mara.getByText("Active").waitFor();
  assert.notEqual(await mara.locator("td").nth(3).innerText(), "Never");
  await mara.getByTestId("user-edit").click();
  await admin.getByTestId("user-edit-role").selectOption("sales");
  await admin.getByTestId("user-edit-save").click();
  await mara.getByTestId("user-role").getByText("Sales").waitFor();

  // The workspace's only admin may not make themselves something else.
  await row(admin, api.admin.email).getByTestId("user-edit").click();
  await admin.getByTestId("user-edit-role").selectOption("marketing");
  await admin.getByTestId("user-edit-save").click();
  await admin.getByText("This is the workspace's last active admin", { exact: false }).waitFor();
  await screenshot(admin, "users-last-admin", { fullPage: false });
  await admin.keyboard.press("Escape");
  await row(admin, api.admin.email).getByTestId("user-role").getByText("Admin").waitFor();

  await mara.getByTestId("user-deactivate").click();
  await admin.getByText("They are logged out everywhere at once").waitFor();
  await admin.getByTestId("user-active-confirm").click();
  await mara.getByText("Deactivated").waitFor();
  await admin.getByRole("dialog").waitFor({ state: "detached" });
  await screenshot(admin, "users-list");

  // The marketer's open page: its next action is refused and lands on the sign-in form.
  await marketer.getByRole("link", { name: "Board" }).click();
  await marketer.waitForURL("**/login");
  await marketer.getByTestId("login-email").fill(email());
  await marketer.getByTestId("login-password").fill("trade show 2026");
  await marketer.getByTestId("login-submit").click();
  await marketer.getByText("Wrong email or password.").waitFor();

  await mara.getByTestId("user-reactivate").click();
  await admin.getByTestId("user-active-confirm").click();
  await mara.getByText("Active").waitFor();
  await logInAs(marketer, web.url, email(), "trade show 2026");
  await marketer.getByTestId("current-user").getByText("Mara Quint").waitFor();
});

test("a non-admin sees no Users tab, and its address says only admins manage users", async () => {
  await marketer.goto(`${web.url}/settings/users`);
  await marketer.getByTestId("users-admins-only").getByText("Only admins manage users").waitFor();
  assert.equal(await marketer.getByTestId("settings-nav").getByRole("link", { name: "Users" }).count(), 0);
  await screenshot(marketer, "users-not-admin");
});

test("My account: the password changes, and a key is shown once, works, and is refused once revoked", async () => {
  await marketer.getByTestId("current-user").click();
  await marketer.waitForURL("**/account");
  await marketer.getByTestId("password-current").fill("not it at all");
  await marketer.getByTestId("password-new").fill("after the show");
  await marketer.getByTestId("password-repeat").fill("after the show");
  await marketer.getByTestId("password-save").click();
  await marketer.getByText("The current password is not right.").waitFor();
  await marketer.getByTestId("password-current").fill("trade show 2026");
  await marketer.getByTestId("password-save").click();
  await marketer.getByText("Password changed.", { exact: false }).waitFor();
  const anonymous = api.callerFor(null);
  const login = (password: string) => anonymous("POST", "/api/v1/auth/login", { email: email(), password });
  assert.equal((await login("trade show 2026")).status, 401);
  assert.equal((await login("after the show")).status, 200);

  await marketer.getByTestId("api-key-name").fill("Spreadsheet sync");
  await marketer.getByTestId("api-key-create").click();
  const secret = (await marketer.getByTestId("api-key-secret").innerText()).trim();
  assert.match(secret, /^baton_/);
  const withKey = api.callerFor(secret);
  assert.equal((await withKey("GET", "/api/v1/auth/me")).body.user.email, email());
  await screenshot(marketer, "users-my-account-key");
  await marketer.getByTestId("api-key-hide").click();
  assert.equal(await marketer.getByText(secret).count(), 0, "the key is shown once");

  // The request made with the key is its last use, read with the list again.
  const keyRow = marketer.locator('[data-testid="api-key-row"][data-key-name="Spreadsheet sync"]');
  await marketer.reload();
  await keyRow.waitFor();
  assert.notEqual((await keyRow.getByTestId("api-key-last-used").innerText()).trim(), "Never");
  await keyRow.getByTestId("api-key-revoke").click();
  await marketer.getByTestId("api-key-revoke-confirm").click();
  await keyRow.getByText("Revoked").waitFor();
  await marketer.getByRole("dialog").waitFor({ state: "detached" });
  assert.equal((await withKey("GET", "/api/v1/auth/me")).status, 401);
  await screenshot(marketer, "users-my-account");
});
