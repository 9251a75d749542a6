// Web sessions in API tests: log in through the real route and call with the cookie it set, as
// the web app does (its writes carry the X-Baton-Client header).
import assert from "node:assert/strict";
import type { ApiResponse, Caller, TestApi } from "./api.ts";

/** The `name=value` part of the session cookie a response set. */
export function sessionCookieOf(response: ApiResponse): string {
  const header = response.headers.get("set-cookie") ?? "";
  const match = /baton_session=[^;]+/.exec(header);
  assert.ok(match, `no session cookie in ${JSON.stringify(header)}`);
  return match[0];
}

export async function logIn(api: TestApi, email: string, password: string): Promise<string> {
  const res = await api.callerFor(null)("POST", "/api/v1/auth/login", { email, password });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return sessionCookieOf(res);
}

export function cookieCaller(api: TestApi, cookie: string): Caller {
  const anonymous = api.callerFor(null);
  return (method, path, body, headers = {}) =>
    anonymous(method, path, body, { Cookie: cookie, "X-Baton-Client": "web", ...headers });
}
