"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Bold, Heading2, Heading3, Italic, Link2, List, ListOrdered, Quote, Underline } from "lucide-react";
import { saveLetterAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/**
 * A small rich-text editor: contentEditable and a toolbar of the formats the letter allows. What it sends is not
 * trusted: the server sanitises it (and the page shows the sanitised result after saving).
 */
export function LetterEditor({ campaignId, title, html }: { campaignId: string; title: string; html: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const editor = useRef<HTMLDivElement>(null);
  const hidden = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(false);
  const form = useActionForm(saveLetterAction, () => (setSaved(true), router.refresh()));
  const exec = (cmd: string, value?: string) => {
    editor.current?.focus();
    document.execCommand(cmd, false, value);
  };
  const tools: [string, React.ComponentType<{ className?: string }>, () => void][] = [
    [t("letter.tools.bold"), Bold, () => exec("bold")],
    [t("letter.tools.italic"), Italic, () => exec("italic")],
    [t("letter.tools.underline"), Underline, () => exec("underline")],
    [t("letter.tools.h2"), Heading2, () => exec("formatBlock", "h2")],
    [t("letter.tools.h3"), Heading3, () => exec("formatBlock", "h3")],
    [t("letter.tools.ul"), List, () => exec("insertUnorderedList")],
    [t("letter.tools.ol"), ListOrdered, () => exec("insertOrderedList")],
    [t("letter.tools.quote"), Quote, () => exec("formatBlock", "blockquote")],
    [
      t("letter.tools.link"),
      Link2,
      () => {
        const url = window.prompt(t("letter.tools.linkPrompt"), "https://");
        if (url && /^https?:\/\//i.test(url)) exec("createLink", url);
      },
    ],
  ];
  return (
    <form
      onSubmit={(e) => {
        if (hidden.current && editor.current) hidden.current.value = editor.current.innerHTML;
        setSaved(false);
        form.onSubmit(e);
      }}
      className="space-y-3"
      noValidate
    >
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {saved ? <Alert tone="success">{t("letter.saved")}</Alert> : null}
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="html" ref={hidden} />
      <Field label={t("letter.titleLabel")} htmlFor="letter-title" errors={form.fieldErrors.title} required>
        <Input id="letter-title" name="title" defaultValue={title} maxLength={200} />
      </Field>
      <div>
        <div className="flex flex-wrap gap-0.5 rounded-t-md border border-b-0 border-slate-300 bg-slate-50 p-1" role="toolbar" aria-label={t("letter.toolbar")}>
          {tools.map(([label, Icon, run]) => (
            <button key={label} type="button" title={label} aria-label={label} onMouseDown={(e) => e.preventDefault()} onClick={run} className="rounded p-1.5 text-slate-600 hover:bg-white hover:text-slate-900">
              <Icon className="h-4 w-4" />
            </button>
          ))}
        </div>
        <div
          ref={editor}
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-label={t("letter.body")}
          data-testid="letter-editor"
          className="min-h-64 rounded-b-md border border-slate-300 bg-white px-4 py-3 text-[15px] leading-7 text-slate-800 focus:outline-none focus:ring-2 focus:ring-brand-600 [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
          dangerouslySetInnerHTML={{ __html: html }}
        />
        {form.fieldErrors.html ? <p className="mt-1 text-xs text-red-600" role="alert">{form.fieldErrors.html.join("；")}</p> : null}
      </div>
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("save")}</SubmitButton></div>
    </form>
  );
}
