// Names for the API's types. Every shape comes from schema.d.ts, generated from the server's
// OpenAPI document (`npm run api:types`): the web app declares no response or request shape of
// its own, so a route change the app does not follow fails the typecheck.
import type { components, operations } from "./schema.d.ts";

type Schemas = components["schemas"];
type Json<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Responses<Id extends keyof operations> = operations[Id]["responses"];

/** A named schema of the document: `Schema<"Contact">`. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];

/** The JSON an operation answers with on success (its 200 or 201): `Ok<"getMyDay">`. */
export type Ok<Id extends keyof operations> = Json<Responses<Id>[Extract<keyof Responses<Id>, 200 | 201>]>;

/** The JSON body an operation takes: `Body<"createTask">`. */
export type Body<Id extends keyof operations> = operations[Id] extends {
  requestBody?: { content: { "application/json": infer T } };
}
  ? T
  : never;

/** The item type of a list answer (`{ data: T[] }`): `Item<"listUsers">`. */
export type Item<Id extends keyof operations> = Ok<Id> extends { data: (infer T)[] } ? T : never;

/** A page of a cursor-paginated list. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export type Temperature = Schema<"Contact">["temperature"];
export type Side = Schema<"TimelineEntry">["side"];
