// The webhook transport's guard over a table of addresses, on both sides of each range's edge,
// and over the ways one address can be spelled in a URL. A real receiver listens on 127.0.0.1, so
// a spelling the guard missed would be delivered and the test would see it arrive.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { addressProblem } from "../../src/services/webhooks/address-guard.ts";
import { DeliveryRefused, safePost } from "../../src/services/webhooks/safe-fetch.ts";
import { type Receiver, startReceiver } from "../support/webhook-receiver.ts";

describe("which addresses a webhook may reach", () => {
  const refused: [string, RegExp][] = [
    ["127.0.0.1", /loopback/],
    ["127.255.255.254", /loopback/],
    ["10.0.0.5", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.255", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /metadata/],
    ["169.254.1.1", /link-local/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["100.127.255.255", /carrier-grade NAT/],
    ["0.0.0.0", /unspecified/],
    ["0.1.2.3", /unspecified/],
    ["224.0.0.1", /multicast/],
    ["255.255.255.255", /broadcast/],
    ["192.0.2.1", /reserved/],
    ["::1", /loopback/],
    ["::", /unspecified/],
    ["fc00::1", /private/],
    ["fd12:3456::1", /private/],
    ["fe80::1", /link-local/],
    ["ff02::1", /multicast/],
    ["::ffff:127.0.0.1", /IPv4-mapped/],
    ["::ffff:8.8.8.8", /IPv4-mapped/],
    ["64:ff9b::7f00:1", /NAT64/],
    ["2002:7f00:1::1", /6to4/],
  ];
  for (const [address, why] of refused) {
    test(`${address} is refused`, () => assert.match(addressProblem(address) ?? "allowed", why));
  }
  const allowed = [
    "8.8.8.8",
    "1.1.1.1",
    "11.0.0.1",
    "172.15.255.255",
    "172.32.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "169.253.255.255",
    "2606:4700:4700::1111",
  ];
  for (const address of allowed) {
    test(`${address} is allowed`, () => assert.equal(addressProblem(address), null));
  }
});

describe("every spelling of a loopback address is refused before anything is sent", () => {
  let receiver: Receiver;
  before(async () => {
    receiver = await startReceiver();
  });
  after(() => receiver.close());

  const spellings = (port: number) => [
    `http://127.0.0.1:${port}/`,
    `http://0177.0.0.1:${port}/`,
    `http://2130706433:${port}/`,
    `http://0x7f.0.0.1:${port}/`,
    `http://0x7f000001:${port}/`,
    `http://127.1:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://[::ffff:7f00:1]:${port}/`,
    `http://[::1]:${port}/`,
    // A name: refused by the connection's own lookup, not by a check before it.
    `http://localhost:${port}/`,
  ];

  test("octal, decimal, hexadecimal, short, IPv4-mapped and named forms", async () => {
    for (const url of spellings(receiver.port)) {
      await assert.rejects(safePost(url, "{}", {}), DeliveryRefused, url);
    }
    assert.equal(receiver.received.length, 0, "nothing reached the receiver");
  });

  test("the tests' allow-list lets exactly that address and port through", async () => {
    const allow = { allowAddresses: [receiver.address] };
    const ok = await safePost(`http://127.0.0.1:${receiver.port}/x`, "{}", {}, allow);
    assert.equal(ok.status, 200);
    await assert.rejects(
      safePost(`http://127.0.0.2:${receiver.port}/x`, "{}", {}, allow),
      /refused: 127\.0\.0\.2 is a loopback address/,
    );
    await assert.rejects(safePost("http://127.0.0.1:1/x", "{}", {}, allow), DeliveryRefused);
  });

  test("a name whose every address is allowed connects to the address it resolved to", async () => {
    const { lookup } = await import("node:dns/promises");
    const addresses = (await lookup("localhost", { all: true })).map((a) => `${a.address}:${receiver.port}`);
    const before = receiver.received.length;
    const ok = await safePost(
      `http://localhost:${receiver.port}/named`,
      "{}",
      {},
      { allowAddresses: addresses },
    );
    assert.equal(ok.status, 200);
    assert.equal(receiver.received.length, before + 1);
    assert.equal(
      receiver.received.at(-1)!.headers.host,
      `localhost:${receiver.port}`,
      "the name is kept as the Host",
    );
  });

  test("only http and https", async () => {
    await assert.rejects(safePost("file:///etc/passwd", "{}", {}), /refused: file:\/\/ is not http or https/);
  });
});
