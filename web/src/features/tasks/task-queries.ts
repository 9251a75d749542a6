// Sales tasks: my day, a contact's tasks, planning and completing one.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Schema } from "../../api/contract.ts";

export type Task = Schema<"Task">;
export type HotLead = Ok<"getMyDay">["hotWithoutNextStep"][number];
export type MyDay = Ok<"getMyDay">;
export type ContactTaskList = Ok<"listContactTasks">;
export type NewTaskBody = Schema<"TaskInput">;

export const MY_DAY_KEY = ["me", "day"] as const;
// Under ["contact", id] so anything that refreshes a contact refreshes its tasks too.
const contactTasksKey = (contactId: string) => ["contact", contactId, "tasks"] as const;

export function useMyDay() {
  return useQuery({
    queryKey: MY_DAY_KEY,
    queryFn: ({ signal }) => api.get<MyDay>("/me/day", undefined, signal),
  });
}

export function useContactTasks(contactId: string) {
  return useQuery({
    queryKey: contactTasksKey(contactId),
    queryFn: ({ signal }) =>
      api.get<ContactTaskList>(`/contacts/${encodeURIComponent(contactId)}/tasks`, undefined, signal),
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTaskBody) => api.post<Task>("/tasks", body),
    onSuccess: (task) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: MY_DAY_KEY }),
        queryClient.invalidateQueries({ queryKey: contactTasksKey(task.contactId) }),
      ]),
  });
}

export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, outcome }: { task: Pick<Task, "id" | "contactId">; outcome: string }) =>
      api.post<Task>(`/tasks/${encodeURIComponent(task.id)}/complete`, { outcome: outcome || null }),
    // Completing logs a sales touchpoint: the contact's timeline, score and tasks all change.
    onSuccess: (task) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: MY_DAY_KEY }),
        queryClient.invalidateQueries({ queryKey: ["contact", task.contactId] }),
        queryClient.invalidateQueries({ queryKey: ["contacts"] }),
      ]),
  });
}
