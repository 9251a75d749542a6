// Whether each listed enrolment's next step would run now, and if not why: the contact page shows
// an enrolment the baton pauses as paused, with the reason, instead of as merely "active".
import { and, eq, inArray } from "drizzle-orm";
import { pauseOf, type StepSide, stepVerdict } from "../../domain/playbooks.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Executor } from "../../store/db.ts";
import { emailTemplates, guardOverrides } from "../../store/schema/index.ts";

export interface PauseCandidate {
  id: string;
  contactId: string;
  stage: Stage;
  next: { side: StepSide; templateId: string | null } | null;
}

export async function pausesOf(ex: Executor, workspaceId: string, candidates: readonly PauseCandidate[]) {
  const pauses = new Map<string, ReturnType<typeof pauseOf>>();
  const waiting = candidates.filter((c) => c.next !== null);
  if (waiting.length === 0) return pauses;
  const templateIds = [...new Set(waiting.map((c) => c.next!.templateId).filter((t): t is string => !!t))];
  const transactional = new Set(
    templateIds.length === 0
      ? []
      : (
          await ex
            .select({ id: emailTemplates.id })
            .from(emailTemplates)
            .where(
              and(
                eq(emailTemplates.workspaceId, workspaceId),
                inArray(emailTemplates.id, templateIds),
                eq(emailTemplates.kind, "transactional"),
              ),
            )
        ).map((r) => r.id),
  );
  const overrides = await ex
    .select({ contactId: guardOverrides.contactId, enrolmentId: guardOverrides.enrolmentId })
    .from(guardOverrides)
    .where(
      and(
        eq(guardOverrides.workspaceId, workspaceId),
        eq(guardOverrides.active, true),
        inArray(guardOverrides.contactId, [...new Set(waiting.map((c) => c.contactId))]),
      ),
    );
  for (const c of waiting) {
    const verdict = stepVerdict({
      side: c.next!.side,
      stage: c.stage,
      transactional: c.next!.templateId !== null && transactional.has(c.next!.templateId),
      overridden: overrides.some((o) => o.contactId === c.contactId && (o.enrolmentId ?? c.id) === c.id),
    });
    pauses.set(c.id, pauseOf(verdict, c.stage));
  }
  return pauses;
}
