import { sanitizeNoticeHtml } from "@/lib/notices/sanitize";
import type { NoticeSection } from "@/lib/notices/generator";

/** The sections of a notice as formal text: sanitised again on display. */
export function NoticeBody({ title, sections }: { title: string; sections: NoticeSection[] }) {
  return (
    <article className="notice-body text-[15px] leading-7 text-slate-900" data-testid="notice-body">
      <h1 className="mb-4 text-center text-xl font-bold">{title}</h1>
      {sections.map((s) => (
        <section key={s.key} className="mb-4 break-inside-avoid-page">
          <h2 className="mb-1 text-base font-bold">{s.title}</h2>
          <div
            className="space-y-2 [&_blockquote]:border-l-4 [&_blockquote]:border-red-200 [&_blockquote]:pl-3 [&_blockquote]:text-slate-700 [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:my-2 [&_table]:w-full [&_table]:border-collapse [&_table]:text-sm [&_td]:border [&_td]:border-slate-400 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-400 [&_th]:bg-slate-100 [&_th]:px-2 [&_th]:py-1 [&_ul]:list-disc [&_ul]:pl-6"
            dangerouslySetInnerHTML={{ __html: sanitizeNoticeHtml(s.html) }}
          />
        </section>
      ))}
    </article>
  );
}
