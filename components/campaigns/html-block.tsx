import { cn } from "@/components/ui/cn";

// The letter's HTML is sanitised on save and again by the data layer before it gets here (lib/campaigns/letters).
export function LetterHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        "text-[15px] leading-7 text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600 [&_h2]:mb-2 [&_h2]:mt-4 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:mb-1 [&_h3]:mt-3 [&_h3]:font-semibold [&_h4]:mt-2 [&_h4]:font-medium [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6",
        className,
      )}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** Plain text kept with its line breaks (pledge texts). */
export function Lines({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn("space-y-1.5 leading-7", className)}>
      {text.split("\n").map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
