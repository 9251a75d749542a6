// Touchpoints sent through the API may name their program by its campaign instead of its id: a
// `utm_campaign` property equal to a program's UTM campaign key (exact, case-sensitive) gives the
// touchpoint that program when it has no `programId`. An explicit programId (or null) wins; an
// unknown campaign leaves the touchpoint without a program. One query per batch.
import { campaignOf } from "../../domain/tracked-links.ts";
import type { Executor } from "../../store/db.ts";
import { programsByCampaign } from "../../store/queries/program-links.ts";
import type { TouchpointInput } from "./touchpoint-input.ts";

export async function withCampaignPrograms(
  ex: Executor,
  workspaceId: string,
  inputs: TouchpointInput[],
): Promise<TouchpointInput[]> {
  const campaigns = new Set<string>();
  for (const input of inputs) {
    const campaign = input.programId === undefined ? campaignOf(input.properties) : null;
    if (campaign) campaigns.add(campaign);
  }
  if (campaigns.size === 0) return inputs;
  const programs = await programsByCampaign(ex, workspaceId, [...campaigns]);
  return inputs.map((input) => {
    if (input.programId !== undefined) return input;
    const programId = programs.get(campaignOf(input.properties) ?? "");
    return programId ? { ...input, programId } : input;
  });
}
