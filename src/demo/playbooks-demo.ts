// The demo's playbooks (product.md §1, idea 3), made through the same use cases as the API: the
// email templates they send, one playbook per tier — cold: newsletter and content offers; warm:
// an invitation, a case study, then a sales call; hot: a call within the hour, a presentation, a
// proposal — and a one-to-one sales sequence. Then every contact enters the playbook of the tier
// it is in now, as if the playbooks had been there all along; the worker runs the due steps.
import type { Temperature } from "../domain/catalogue.ts";
import type { Actor, Deps } from "../services/context.ts";
import { createBroadcast } from "../services/email/broadcasts.ts";
import { createTemplate } from "../services/email/templates.ts";
import type { PlaybookInput } from "../services/playbooks/playbook-schemas.ts";
import { createPlaybook } from "../services/playbooks/save-playbook.ts";
import { currentTiers, enrolInTiers } from "../store/queries/enrolments.ts";
import { inTransaction } from "../store/transaction.ts";

const DAY = 24 * 60;

const TEMPLATES = {
  newsletter: {
    name: "Monthly newsletter",
    subject: "Northwind news for {{firstName}}: what changed in analytics this month",
    body: "Hi {{firstName}},\n\nThree things worth knowing this month, from dashboards that load in a second to the report every finance team asks for.\n\nRead on: https://northwind.example/newsletter\n\nThe Northwind team\n\n{{unsubscribeUrl}}",
  },
  contentOffer: {
    name: "Content offer: the analytics playbook",
    subject: "{{firstName}}, the 40-page analytics playbook is yours",
    body: "Hi {{firstName}},\n\nTeams like {{company}} use our analytics playbook to decide what to measure first. Download it free: https://northwind.example/playbook\n\nThe Northwind team\n\n{{unsubscribeUrl}}",
  },
  invitation: {
    name: "Webinar invitation",
    subject: "Join us live, {{firstName}}: reporting without the spreadsheets",
    body: "Hi {{firstName}},\n\nNext Thursday our product lead shows how finance and sales teams replace their weekly spreadsheet. 45 minutes, questions welcome.\n\nSave your seat: https://northwind.example/webinar\n\n{{unsubscribeUrl}}",
  },
  caseStudy: {
    name: "Case study: Contoso",
    subject: "How Contoso cut reporting time by 70%",
    body: "Hi {{firstName}},\n\nContoso's finance team spent two days a month on reports. Here is how they got it down to an afternoon: https://northwind.example/customers/contoso\n\n{{unsubscribeUrl}}",
  },
} as const;

type TemplateKey = keyof typeof TEMPLATES;

function playbooks(t: Record<TemplateKey, string>): PlaybookInput[] {
  return [
    {
      name: "Cold nurture",
      tier: "cold",
      side: "marketing",
      active: true,
      steps: [
        { side: "marketing", channel: "email", delayMinutes: 0, templateId: t.newsletter },
        { side: "marketing", channel: "ad_audience_export", delayMinutes: 2 * DAY },
        { side: "marketing", channel: "email", delayMinutes: 7 * DAY, templateId: t.contentOffer },
        { side: "marketing", channel: "email", delayMinutes: 21 * DAY, templateId: t.newsletter },
      ],
    },
    {
      name: "Warm: invite, prove, call",
      tier: "warm",
      side: "marketing",
      active: true,
      steps: [
        { side: "marketing", channel: "email", delayMinutes: 0, templateId: t.invitation },
        { side: "marketing", channel: "email", delayMinutes: 3 * DAY, templateId: t.caseStudy },
        {
          side: "sales",
          channel: "call_task",
          delayMinutes: 2 * DAY,
          taskTitle: "Call about the webinar and the Contoso case study",
        },
      ],
    },
    {
      name: "Hot: call, present, propose",
      tier: "hot",
      side: "sales",
      active: true,
      steps: [
        { side: "sales", channel: "call_task", delayMinutes: 0, taskTitle: "Call within the hour" },
        {
          side: "sales",
          channel: "presentation_task",
          delayMinutes: DAY,
          taskTitle: "Present Northwind to the buying team",
        },
        { side: "sales", channel: "proposal_task", delayMinutes: 2 * DAY, taskTitle: "Send the proposal" },
      ],
    },
    {
      name: "Executive outreach",
      tier: null,
      side: "sales",
      active: true,
      steps: [
        { side: "sales", channel: "call_task", delayMinutes: 0, taskTitle: "Introduce yourself by phone" },
        {
          side: "sales",
          channel: "meeting_task",
          delayMinutes: 3 * DAY,
          taskTitle: "Book a discovery meeting",
        },
      ],
    },
  ];
}

const PAGE = 2000;

export async function loadPlaybooksDemo(
  deps: Deps,
  admin: Actor,
): Promise<{ playbooks: number; enrolled: number }> {
  const ids = {} as Record<TemplateKey, string>;
  for (const key of Object.keys(TEMPLATES) as TemplateKey[]) {
    ids[key] = (await createTemplate(deps, admin, { kind: "marketing", ...TEMPLATES[key] })).id;
  }
  const list = playbooks(ids);
  for (const p of list) await createPlaybook(deps, admin, p);

  const now = deps.now();
  const tiers: { contact_id: string; tier: Temperature; since: null }[] = (
    await currentTiers(deps.db, admin.workspaceId, now)
  ).map((r) => ({ ...r, since: null }));
  let enrolled = 0;
  for (let i = 0; i < tiers.length; i += PAGE) {
    enrolled += await inTransaction(deps.db, (tx) =>
      enrolInTiers(tx, admin.workspaceId, tiers.slice(i, i + PAGE), "demo", now),
    );
  }
  // This month's newsletter to everyone, through the same use case as the Outbox page: the outbox
  // shows mail queued to the consenting, and who was left out and why, at whatever hour the demo
  // loads (a sequence's email waits for the sending window, weekdays 09:00–17:00 UTC).
  await createBroadcast(deps, admin, { templateId: ids.newsletter, filter: {} });
  return { playbooks: list.length, enrolled };
}
