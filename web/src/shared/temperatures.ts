import type { Temperature } from "../api/contract.ts";

/** The board's columns and the filters' choices, coldest first. */
export const TEMPERATURES: readonly Temperature[] = ["cold", "warm", "hot"];
