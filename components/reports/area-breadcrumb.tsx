import Link from "next/link";
import { ChevronRight } from "lucide-react";

/** The path from the reader's top unit down to the unit a report page shows, each step a link (shown when deeper than the top). */
export function AreaBreadcrumb({ steps, hrefFor }: { steps: { id: string; name: string }[]; hrefFor: (nodeId: string) => string }) {
  if (steps.length <= 1) return null;
  return (
    <nav className="mb-3 flex flex-wrap items-center gap-1 text-sm text-slate-600" aria-label="breadcrumb">
      {steps.map((b, i) => (
        <span key={b.id} className="flex items-center gap-1">
          {i > 0 ? <ChevronRight className="h-3.5 w-3.5 text-slate-400" /> : null}
          <Link href={hrefFor(b.id)} className="hover:text-brand-700">{b.name}</Link>
        </span>
      ))}
    </nav>
  );
}
