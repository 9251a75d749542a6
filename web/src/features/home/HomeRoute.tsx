// "/" is the staff's home and a partner's board (as it always was). An old bookmark of the board
// with its filters in the URL ("/?ownerId=…") goes on to the board at /board.

import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../auth/session.ts";

const BOARD_PARAMETERS = ["programId", "ownerId", "stage", "q", "at"];

export function HomeRoute({ home, board }: { home: ReactNode; board: ReactNode }) {
  const role = useSession().data?.user.role;
  const { search } = useLocation();
  if (role === "partner") return board;
  const params = new URLSearchParams(search);
  if (BOARD_PARAMETERS.some((name) => params.has(name))) return <Navigate to={`/board${search}`} replace />;
  return home;
}
