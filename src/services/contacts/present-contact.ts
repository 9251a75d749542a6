import {
  engagementAt,
  type ScoringSettings,
  temperatureFromStored,
  temperatureOf,
} from "../../domain/temperature.ts";
import type { ContactRow } from "../../store/queries/contacts.ts";

export type ContactView = ReturnType<typeof presentContact>;

/** The API shape of a contact, with its temperature read at `at`. */
export function presentContact(r: ContactRow, at: Date, s: ScoringSettings) {
  const stored = {
    e0: r.score_e0,
    t0: r.score_t0?.getTime() ?? null,
    warmUntil: r.warm_until?.getTime() ?? null,
    hotUntil: r.hot_until?.getTime() ?? null,
  };
  // Before t₀ the stored state already includes later touchpoints; the query summed them instead.
  const past = r.past_engagement;
  const score = past ?? engagementAt(stored, at.getTime(), s.halfLifeMs);
  const temperature = past !== null ? temperatureOf(past, s) : temperatureFromStored(stored, at.getTime());
  return {
    id: r.id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    title: r.title,
    phone: r.phone,
    companyId: r.company_id,
    companyName: r.company_name,
    occupation: r.occupation,
    industry: r.industry,
    companySize: r.company_size,
    incomeBand: r.income_band,
    education: r.education,
    country: r.country,
    properties: r.properties,
    stage: r.stage,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    partnerId: r.partner_id,
    sourceProgramId: r.source_program_id,
    sourceProgramName: r.source_program_name,
    temperature,
    score,
    warmUntil: r.warm_until?.toISOString() ?? null,
    hotUntil: r.hot_until?.toISOString() ?? null,
    lastTouchAt: r.score_t0?.toISOString() ?? null,
    touchCount: r.touch_count,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}
