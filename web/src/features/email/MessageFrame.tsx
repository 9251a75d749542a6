// A message's HTML part, shown only inside a sandboxed frame (no scripts, no same-origin access,
// no forms or popups) whose content security policy also blocks every network load — an email
// shown in the app cannot run code here or call home.

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

export function MessageFrame({
  html,
  title,
  height = 360,
}: {
  html: string;
  title: string;
  height?: number;
}) {
  return (
    <iframe
      title={title}
      sandbox=""
      srcDoc={CSP + html}
      referrerPolicy="no-referrer"
      style={{
        width: "100%",
        height,
        border: "1px solid var(--mantine-color-gray-3)",
        borderRadius: 4,
        background: "white",
      }}
      data-testid="message-frame"
    />
  );
}
