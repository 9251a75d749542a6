// A loopback SMTP server in its own process for the email benchmark: accepts every message,
// counts them, and answers the parent over IPC ("count", "close").
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      count++;
      callback();
    });
  },
});
server.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.server.address() as AddressInfo).port });
});
process.on("message", (m) => {
  if (m === "count") process.send?.({ count });
  if (m === "close") server.close(() => process.exit(0));
});
