import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** Tabs as links (?tab=…): each tab is its own server render. */
export function Tabs({ tabs, current, base }: { tabs: { key: string; label: string }[]; current: string; base: string }) {
  return (
    <nav className="mb-5 flex gap-1 border-b border-slate-200" aria-label="tabs">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={`${base}${base.includes("?") ? "&" : "?"}tab=${tab.key}`}
          aria-current={tab.key === current ? "page" : undefined}
          data-testid={`tab-${tab.key}`}
          className={cn("-mb-px border-b-2 px-3 py-2 text-sm", tab.key === current ? "border-brand-600 font-medium text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900")}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
