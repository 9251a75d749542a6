// A real SMTP server on loopback for the email suites: it accepts everything (no TLS, no auth),
// keeps each message's raw bytes and envelope, and can refuse chosen recipients with a code
// (550 permanent, 451 temporary) at RCPT TO. It can take a few milliseconds per message, like a
// real one, and go down (connections refused and dropped) and come back on its port.
import type { AddressInfo, Socket } from "node:net";
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
  /**
   * Down: new connections are refused and open ones dropped — at once when idle, at their next
   * command after a message in progress was taken (so "taken" is never in doubt).
   */
  down(): void;
  /** Listening again on the same port. */
  up(): Promise<void>;
  /** Parsed messages sent to an address. */
  messagesTo(address: string): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(port = 0, options: { delayMs?: number } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const refuse = new Map<string, number>();
  const sockets = new Map<number, Socket>(); // by the client's port
  const inData = new Set<number>();
  let isDown = false;
  const drop = (session: { remotePort: number }) => sockets.get(session.remotePort)?.destroy();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onConnect(session, callback) {
      if (isDown) return drop(session);
      callback();
    },
    onMailFrom(_address, session, callback) {
      if (isDown) return drop(session);
      callback();
    },
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
      inData.add(session.remotePort);
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const take = () => {
          const envelope = session.envelope;
          received.push({
            raw: Buffer.concat(chunks).toString("utf8"),
            from: envelope.mailFrom ? envelope.mailFrom.address : "",
            to: envelope.rcptTo.map((r) => r.address),
          });
          inData.delete(session.remotePort);
          callback();
        };
        if (options.delayMs) setTimeout(take, options.delayMs);
        else take();
      });
    },
  });
  // A client dropped mid-conversation is the point of `down`, not an error.
  server.on("error", () => {});
  server.server.on("connection", (socket: Socket) => {
    const key = socket.remotePort!;
    sockets.set(key, socket);
    socket.on("close", () => sockets.delete(key));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    received,
    refuse,
    down() {
      isDown = true;
      server.server.close();
      for (const [key, socket] of sockets) if (!inData.has(key)) socket.destroy();
    },
    up: () =>
      new Promise<void>((resolve) => {
        isDown = false;
        server.server.listen(bound, "127.0.0.1", () => resolve());
      }),
    async messagesTo(address: string) {
      const raws = received.filter((r) => r.to.map((t) => t.toLowerCase()).includes(address.toLowerCase()));
      return Promise.all(raws.map((r) => simpleParser(r.raw)));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
