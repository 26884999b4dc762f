import Link from "next/link";
import { ChevronRight } from "lucide-react";

/** Where the page sits in the organisation tree (only the part of the path the actor may open). */
export function Breadcrumb({ items }: { items: { label: string; href?: string }[] }) {
  if (!items.length) return null;
  return (
    <nav aria-label="breadcrumb" className="mb-2 flex flex-wrap items-center gap-1 text-sm text-slate-500" data-testid="breadcrumb">
      {items.map((item, i) => (
        <span key={`${item.label}-${i}`} className="flex items-center gap-1">
          {i > 0 ? <ChevronRight className="h-3.5 w-3.5 text-slate-300" aria-hidden /> : null}
          {item.href && i < items.length - 1 ? (
            <Link href={item.href} className="hover:text-brand-700 hover:underline">{item.label}</Link>
          ) : (
            <span className={i === items.length - 1 ? "text-slate-700" : undefined}>{item.label}</span>
          )}
        </span>
      ))}
    </nav>
  );
}
