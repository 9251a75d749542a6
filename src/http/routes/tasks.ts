import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { TASK_KINDS } from "../../domain/tasks.ts";
import { CompleteTaskSchema, CreateTaskSchema } from "../../services/tasks/task-schemas.ts";
import { completeTask, createTask, listContactTasks, myDay } from "../../services/tasks/tasks.ts";
import type { AppEnv } from "../env.ts";
import {
  conflictResponse,
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  unknownReferenceResponse,
} from "../schemas.ts";

const tags = ["Tasks"];
export const taskRoutes = new OpenAPIHono<AppEnv>();

const TaskSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    contactName: z.string().nullable(),
    dealId: z.uuid().nullable(),
    ownerId: z.uuid(),
    kind: z.enum(TASK_KINDS),
    title: z.string(),
    dueAt: z.string(),
    completedAt: z.string().nullable(),
    outcome: z.string().nullable(),
    touchpointId: z.uuid().nullable(),
  })
  .openapi("Task");

taskRoutes.openapi(
  createRoute({
    method: "post",
    path: "/tasks",
    tags,
    summary: "Plan a sales task (call, meeting, presentation, proposal, …) for a contact",
    request: { body: jsonBody(CreateTaskSchema.openapi("TaskInput")) },
    responses: { 201: json(TaskSchema, "The task"), ...errorResponses, ...unknownReferenceResponse },
  }),
  async (c) =>
    c.json((await createTask(c.get("deps"), c.get("identity"), c.req.valid("json"))) as never, 201),
);

taskRoutes.openapi(
  createRoute({
    method: "post",
    path: "/tasks/{id}/complete",
    operationId: "completeTask",
    tags,
    summary: "Complete a task: logs the matching sales touchpoint on the contact's timeline",
    request: { params: IdParam, body: jsonBody(CompleteTaskSchema.openapi("TaskCompletion")) },
    responses: {
      200: json(TaskSchema, "The completed task"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      (await completeTask(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        completion: c.req.valid("json"),
      })) as never,
      200,
    ),
);

taskRoutes.openapi(
  createRoute({
    method: "get",
    path: "/me/day",
    operationId: "getMyDay",
    tags,
    summary: "My day: overdue tasks, tasks due today (UTC), and my hot contacts without a next step",
    description: "Each list holds at most 100 tasks (the most pressing); the counts cover all of them.",
    responses: {
      200: json(
        z.object({
          overdue: z.array(TaskSchema.extend({ bucket: z.string() })),
          overdueCount: z
            .number()
            .int()
            .openapi({ description: "All overdue tasks; the list holds the 100 oldest" }),
          todayCount: z
            .number()
            .int()
            .openapi({ description: "All tasks due later today; the list holds the first 100" }),
          today: z.array(TaskSchema.extend({ bucket: z.string() })),
          coolingBy: z.string().openapi({
            description: "Two business days from now (the hand-off settings' business hours)",
          }),
          hotWithoutNextStep: z.array(
            z.object({
              contactId: z.uuid(),
              name: z.string(),
              hotUntil: z.string(),
              coolingSoon: z
                .boolean()
                .openapi({ description: "It turns warm by `coolingBy`, with no next step planned" }),
            }),
          ),
        }),
        "The day",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json((await myDay(c.get("deps"), c.get("identity"))) as never, 200),
);

taskRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/{id}/tasks",
    tags,
    summary: "A contact's open tasks (soonest due first) and its 20 latest completed tasks",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ open: z.array(TaskSchema), completed: z.array(TaskSchema) }), "The tasks"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json((await listContactTasks(c.get("deps"), c.get("identity"), c.req.valid("param").id)) as never, 200),
);
