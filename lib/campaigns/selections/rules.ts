// Selection phases, pure: nominations until the nomination deadline, votes inside the voting window, results once
// published.
export type SelectionPhase = "NOMINATING" | "REVIEW" | "VOTING" | "COUNTING" | "PUBLISHED";

export function phaseOf(s: { nominationEndsAt: Date; votingStartsAt: Date; votingEndsAt: Date; publishedAt: Date | null }, now: Date): SelectionPhase {
  if (s.publishedAt) return "PUBLISHED";
  const t = now.getTime();
  if (t <= s.nominationEndsAt.getTime()) return "NOMINATING";
  if (t < s.votingStartsAt.getTime()) return "REVIEW";
  if (t <= s.votingEndsAt.getTime()) return "VOTING";
  return "COUNTING";
}

/** Results in order: most votes first; ties share a rank. */
export function rankResults<T extends { votes: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.votes - a.votes);
  let rank = 0;
  let last = Number.NaN;
  return sorted.map((r, i) => {
    if (r.votes !== last) rank = i + 1;
    last = r.votes;
    return { ...r, rank };
  });
}
