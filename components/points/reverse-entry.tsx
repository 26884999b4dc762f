"use client";
import { reverseEntryAction } from "@/app/actions/points";
import { RejectForm } from "@/components/duty/reject-form";

/** A correction of one entry: a reversing entry with a reason (the reject form's shape). */
export function ReverseEntry({ entryId }: { entryId: string }) {
  return <RejectForm action={({ entryId, reason }: { entryId: string; reason: string }) => reverseEntryAction({ entryId, memo: reason })} input={{ entryId }} testId={`reverse-${entryId}`} />;
}
