// A real SMTP server on loopback for the email suites: it accepts everything (no TLS, no auth),
// keeps each message's raw bytes and envelope, and can refuse chosen recipients with a code
// (550 permanent, 451 temporary) at RCPT TO.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface Received {
  raw: string;
  from: string;
  to: string[];
}

export interface TestSmtp {
  port: number;
  received: Received[];
  /** Refuse this address at RCPT TO with the code (e.g. 550, 451); delete to accept it again. */
  refuse: Map<string, number>;
  /** Parsed messages sent to an address. */
  messagesTo(address: string): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const received: Received[] = [];
  const refuse = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const code = refuse.get(address.address.toLowerCase());
      if (!code) return callback();
      const err = new Error(code >= 500 ? "Mailbox unavailable" : "Try again later") as Error & {
        responseCode: number;
      };
      err.responseCode = code;
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const envelope = session.envelope;
        received.push({
          raw: Buffer.concat(chunks).toString("utf8"),
          from: envelope.mailFrom ? envelope.mailFrom.address : "",
          to: envelope.rcptTo.map((r) => r.address),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    refuse,
    async messagesTo(address: string) {
      const raws = received.filter((r) => r.to.map((t) => t.toLowerCase()).includes(address.toLowerCase()));
      return Promise.all(raws.map((r) => simpleParser(r.raw)));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
