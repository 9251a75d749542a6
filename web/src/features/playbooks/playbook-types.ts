// The playbook API's shapes, as the screens use them.

import type { Side, Temperature } from "../../api/types.ts";

export type StepChannel =
  | "email"
  | "call_task"
  | "meeting_task"
  | "presentation_task"
  | "proposal_task"
  | "direct_mail_task"
  | "ad_audience_export";

export interface PlaybookStep {
  id: string;
  position: number;
  side: Side;
  channel: StepChannel;
  delayMinutes: number;
  templateId: string | null;
  templateName: string | null;
  taskTitle: string | null;
}

export interface Playbook {
  id: string;
  name: string;
  tier: Temperature | null;
  side: Side;
  active: boolean;
  steps: PlaybookStep[];
  activeEnrolments: number;
  createdAt: string;
  updatedAt: string;
}

export interface StepInput {
  id?: string;
  side: Side;
  channel: StepChannel;
  delayMinutes: number;
  templateId?: string | null;
  taskTitle?: string | null;
}

export interface PlaybookInput {
  name: string;
  tier: Temperature | null;
  side: Side;
  active: boolean;
  steps: StepInput[];
}

export type EnrolmentStatus = "active" | "completed" | "exited";

export interface Enrolment {
  id: string;
  playbookId: string;
  playbookName: string;
  playbookTier: Temperature | null;
  contactId: string;
  contactName: string;
  contactEmail: string;
  contactStage: string;
  status: EnrolmentStatus;
  nextStep: {
    id: string;
    position: number;
    side: Side;
    channel: StepChannel;
    taskTitle: string | null;
  } | null;
  nextRunAt: string | null;
  enrolledAt: string;
  enrolledBy: string | null;
  endedAt: string | null;
  exitReason: string | null;
  /** Why the next step would not run now (the baton pauses marketing, or the lead is not ready). */
  paused: { outcome: "skipped" | "blocked"; why: string } | null;
}

export interface EnrolmentEvent {
  id: string;
  kind: string;
  stepId: string | null;
  stepChannel: StepChannel | null;
  stepTitle: string | null;
  detail: Record<string, unknown>;
  at: string;
}

export interface TemplateChoice {
  id: string;
  name: string;
  kind: "marketing" | "transactional";
}
