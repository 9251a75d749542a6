import assert from "node:assert/strict";
import { test } from "node:test";
import { apiDocument } from "../../scripts/api-types.ts";
import { deriveOperationId } from "../../src/http/openapi-contract.ts";

const doc = (await apiDocument()) as unknown as {
  paths: Record<string, Record<string, { operationId?: string; security?: unknown[]; responses: object }>>;
};
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
);
const op = (method: string, path: string) => doc.paths[`/api/v1${path}`]![method]!;
const statuses = (method: string, path: string) => Object.keys(op(method, path).responses);

test("operationIds follow the REST shape of the path", () => {
  assert.equal(deriveOperationId("get", "/api/v1/contacts"), "listContacts");
  assert.equal(deriveOperationId("post", "/api/v1/contacts"), "createContact");
  assert.equal(deriveOperationId("get", "/api/v1/companies/{id}"), "getCompany");
  assert.equal(deriveOperationId("patch", "/api/v1/price-books/{id}"), "updatePriceBook");
  assert.equal(deriveOperationId("put", "/api/v1/playbooks/{id}"), "replacePlaybook");
  assert.equal(deriveOperationId("get", "/api/v1/deals/{id}/objections"), "listDealObjections");
  assert.equal(deriveOperationId("post", "/api/v1/deals/{id}/objections"), "createDealObjection");
});

test("every operation has a unique operationId and declares 400 and 500", () => {
  const ids = operations.map(({ op }) => op.operationId);
  assert.equal(new Set(ids).size, ids.length);
  for (const { name, op } of operations) {
    assert.match(op.operationId ?? "", /^[a-z][A-Za-z]+$/, name);
    assert.ok("400" in op.responses && "500" in op.responses, name);
  }
});

test("logging in and out need no credentials; everything else answers 401 without them", () => {
  assert.deepEqual(op("post", "/auth/login").security, []);
  assert.deepEqual(op("post", "/auth/logout").security, []);
  assert.ok(!statuses("post", "/auth/logout").includes("401"));
  for (const { name, op } of operations) {
    if (op.security?.length === 0) continue;
    assert.ok("401" in op.responses, name);
  }
});

test("writes declare the CSRF, idempotency and body statuses; ids declare 404", () => {
  assert.deepEqual(statuses("get", "/auth/me"), ["200", "400", "401", "500", "503"]);
  for (const status of ["403", "409", "413", "415", "422"])
    assert.ok(statuses("post", "/tasks").includes(status), status);
  assert.ok(statuses("delete", "/contacts/{id}").includes("404"));
  assert.ok(!statuses("get", "/contacts").includes("404"));
});
