"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { updateNoticeAction } from "@/app/actions/notices";
import type { NoticeSection } from "@/lib/notices/generator";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/**
 * A draft edited in place: the title and each section as rich text (contentEditable). What it sends is not trusted:
 * the server sanitises every section and the page shows the sanitised result after saving.
 */
export function NoticeEditor({ noticeId, title, sections }: { noticeId: string; title: string; sections: NoticeSection[] }) {
  const t = useTranslations("notices");
  const router = useRouter();
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const [value, setValue] = useState(title);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="space-y-4" data-testid="notice-editor">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field label={t("titleLabel")} htmlFor="notice-title">
        <Input id="notice-title" value={value} onChange={(e) => (setValue(e.target.value), setSaved(false))} maxLength={200} />
      </Field>
      {sections.map((s, i) => (
        <div key={s.key}>
          <p className="mb-1 text-sm font-semibold text-slate-800">{s.title}</p>
          <div
            ref={(el) => {
              refs.current[i] = el;
            }}
            contentEditable
            suppressContentEditableWarning
            onInput={() => setSaved(false)}
            data-testid={`section-${s.key}`}
            className="min-h-16 rounded-md bg-white px-3 py-2 text-sm leading-6 ring-1 ring-slate-300 focus:outline-none focus:ring-2 focus:ring-brand-600 [&_blockquote]:border-l-4 [&_blockquote]:border-red-200 [&_blockquote]:pl-3 [&_table]:w-full [&_td]:border [&_td]:border-slate-300 [&_td]:px-1.5 [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:px-1.5 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
            dangerouslySetInnerHTML={{ __html: s.html }}
          />
        </div>
      ))}
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "md")}
        data-testid="save-notice"
        onClick={() =>
          start(async () => {
            const res = await updateNoticeAction({ noticeId, title: value, sections: sections.map((s, i) => ({ key: s.key, title: s.title, html: refs.current[i]?.innerHTML ?? s.html })) });
            if (!res.ok) return setError(res.error);
            setError(null);
            setSaved(true);
            router.refresh();
          })
        }
      >
        {t("save")}
      </button>
    </div>
  );
}
