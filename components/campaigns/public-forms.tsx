"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2, Loader2 } from "lucide-react";
import { publicCheckInAction, signPublicPledgeAction } from "@/app/actions/campaigns-public";
import { selfCheckInAction } from "@/app/actions/campaigns-member";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

function Done({ title, text, testId }: { title: string; text?: string; testId: string }) {
  return (
    <div className="flex items-center gap-3" data-testid={testId}>
      <CheckCircle2 className="h-10 w-10 shrink-0 text-green-600" aria-hidden />
      <div>
        <p className="text-base font-semibold text-green-800">{title}</p>
        {text ? <p className="text-sm text-slate-600">{text}</p> : null}
      </div>
    </div>
  );
}

export function PublicPledgeForm({ token }: { token: string }) {
  const t = useTranslations("campaigns");
  const [done, setDone] = useState<{ name: string } | null>(null);
  const form = useActionForm<{ name: string; matched: boolean }>(signPublicPledgeAction, (d) => setDone({ name: d.name }));
  if (done) return <Done title={t("public.signed")} text={t("public.signedText", { name: done.name })} testId="public-signed" />;
  const fe = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Field label={t("public.name")} htmlFor="pp-name" errors={fe.name} required>
        <Input id="pp-name" name="name" autoComplete="name" maxLength={50} className="h-11 text-base" />
      </Field>
      <Field label={t("public.phone")} htmlFor="pp-phone" errors={fe.phone} required hint={t("public.phoneHint")}>
        <Input id="pp-phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} className="h-11 text-base" />
      </Field>
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" name="agree" value="true" className="mt-0.5 h-5 w-5 rounded border-slate-300 text-brand-600" data-testid="public-agree" />
          {t("member.agree")}
        </label>
        {fe.agree ? <p className="mt-1 text-xs text-red-600" role="alert">{fe.agree.join("；")}</p> : null}
      </div>
      <SubmitButton pending={form.pending} className="h-12 w-full text-base">{t("member.sign")}</SubmitButton>
    </form>
  );
}

export function PublicCheckinForm({ token }: { token: string }) {
  const t = useTranslations("campaigns");
  const [done, setDone] = useState<{ name: string; already: boolean } | null>(null);
  const form = useActionForm<{ name: string; already: boolean }>(publicCheckInAction, (d) => setDone(d));
  if (done) return <Done title={done.already ? t("public.alreadyCheckedIn") : t("public.checkedIn")} text={done.name} testId="checked-in" />;
  const fe = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-slate-600">{t("public.checkinHint")}</p>
      <Field label={t("public.name")} htmlFor="pc-name" errors={fe.name} required>
        <Input id="pc-name" name="name" autoComplete="name" maxLength={50} className="h-11 text-base" />
      </Field>
      <Field label={t("public.phone")} htmlFor="pc-phone" errors={fe.phone} required>
        <Input id="pc-phone" name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} className="h-11 text-base" />
      </Field>
      <SubmitButton pending={form.pending} className="h-12 w-full text-base">{t("public.checkinSubmit")}</SubmitButton>
    </form>
  );
}

export function SelfCheckinButton({ token, name, checkedInAt }: { token: string; name: string; checkedInAt: string | null }) {
  const t = useTranslations("campaigns");
  const [done, setDone] = useState(!!checkedInAt);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (done) return <Done title={t("public.checkedIn")} text={name} testId="checked-in" />;
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-slate-600">{t("public.selfHint", { name })}</p>
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary", "md", "h-12 w-full text-base")}
        data-testid="self-checkin"
        onClick={() =>
          start(async () => {
            const res = await selfCheckInAction({ token });
            if (res.ok) setDone(true);
            else setError(res.error);
          })
        }
      >
        {pending ? <Loader2 className="h-5 w-5 animate-spin" aria-hidden /> : null}
        {t("public.checkinSubmit")}
      </button>
    </div>
  );
}
