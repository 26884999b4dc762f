import { cn as clsx } from "./cn";

/**
 * A white card; other attributes (data-testid, aria-*, id) go to the element. min-w-0: in a grid or flex row a
 * wide table scrolls inside its card instead of widening the page.
 */
export function Card({ className, children, ...rest }: React.HTMLAttributes<HTMLElement> & { "data-testid"?: string }) {
  return (
    <section {...rest} className={clsx("min-w-0 rounded-lg bg-white shadow-sm ring-1 ring-slate-200", className)}>
      {children}
    </section>
  );
}

export function CardHeader({ title, actions, description }: { title: React.ReactNode; actions?: React.ReactNode; description?: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-4 py-3">
      <div>
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {description ? <p className="mt-0.5 text-sm text-slate-500">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ className, children }: { className?: string; children: React.ReactNode }) {
  return <div className={clsx("px-4 py-4", className)}>{children}</div>;
}
