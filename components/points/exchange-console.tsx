"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Minus, Plus, Search } from "lucide-react";
import { exchangeAction, findHoldersAction, lookupCardAction } from "@/app/actions/points";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { PrintButton } from "@/components/duty/print-button";

type Goods = { id: string; name: string; unit: string | null; price: number; stock: number };
type Holder = { kind: "card"; number: string; label: string; points: number } | { kind: "person"; personId: string; label: string; points: number };
type Receipt = { receiptNo: string; createdAt: Date | string; total: number; balanceAfter: number; holder: string; lines: { name: string; unit: string | null; quantity: number; price: number }[] };

/** The operator's screen: find the card or member, pick goods, exchange; a receipt or a clear refusal. */
export function ExchangeConsole({ stationId, stationName, goods, initialCard }: { stationId: string; stationName: string; goods: Goods[]; initialCard?: string }) {
  const t = useTranslations("stations.console");
  const router = useRouter();
  const [cardNo, setCardNo] = useState(initialCard ?? "");
  const [name, setName] = useState("");
  const [people, setPeople] = useState<{ id: string; name: string; unit: string; points: number }[]>([]);
  const [holder, setHolder] = useState<Holder | null>(null);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [pending, start] = useTransition();

  const findCard = (number: string) =>
    start(async () => {
      const r = await lookupCardAction({ number });
      if (r.ok) {
        setHolder({ kind: "card", number: r.data.number, label: `${r.data.number} ${r.data.holderName} ${r.data.address}`, points: r.data.points });
        setError(null);
      } else {
        setHolder(null);
        setError(r.error);
      }
    });
  useEffect(() => {
    if (initialCard) findCard(initialCard);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const total = goods.reduce((a, g) => a + (qty[g.id] ?? 0) * g.price, 0);
  const lines = Object.entries(qty).filter(([, q]) => q > 0).map(([goodsId, quantity]) => ({ goodsId, quantity }));
  const submit = () =>
    start(async () => {
      if (!holder) return;
      const r = await exchangeAction({ stationId, lines, ...(holder.kind === "card" ? { cardNumber: holder.number } : { personId: holder.personId }) });
      if (r.ok) {
        setReceipt(r.data);
        setHolder({ ...holder, points: r.data.balanceAfter });
        setQty({});
        setError(null);
        router.refresh();
      } else setError(r.error);
    });

  return (
    <div className="grid gap-5 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <form className="flex gap-2" onSubmit={(e) => (e.preventDefault(), findCard(cardNo))}>
            <Input value={cardNo} onChange={(e) => setCardNo(e.target.value)} placeholder={t("cardNumber")} aria-label={t("cardNumber")} data-testid="console-card" />
            <Button type="submit" variant="secondary" disabled={pending || !cardNo} data-testid="console-find">{t("find")}</Button>
          </form>
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              start(async () => {
                const r = await findHoldersAction({ q: name });
                if (r.ok) setPeople(r.data);
              });
            }}
          >
            <Input value={name} onChange={(e) => setName(e.target.value)} placeholder={t("memberName")} aria-label={t("memberName")} />
            <Button type="submit" variant="secondary" disabled={pending || !name}><Search className="h-4 w-4" aria-hidden /></Button>
          </form>
        </div>
        {people.length ? (
          <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
            {people.map((p) => (
              <li key={p.id}>
                <button type="button" className="flex w-full justify-between px-3 py-2 text-left text-sm hover:bg-slate-50" onClick={() => (setHolder({ kind: "person", personId: p.id, label: `${p.name}（${p.unit}）`, points: p.points }), setPeople([]))}>
                  <span>{p.name} <span className="text-xs text-slate-500">{p.unit}</span></span>
                  <span className="tabular-nums">{p.points}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {holder ? (
          <div className="flex items-center justify-between rounded-md bg-brand-50 px-4 py-3 ring-1 ring-brand-100" data-testid="console-holder">
            <span className="font-medium text-slate-900">{holder.label}</span>
            <span className="text-sm">{t("balance")} <span className="text-xl font-bold tabular-nums" data-testid="console-balance">{holder.points}</span></span>
          </div>
        ) : null}
        {error ? <Alert tone="error"><span data-testid="console-error">{error}</span></Alert> : null}
        <ul className="grid gap-2 sm:grid-cols-2" data-testid="console-goods">
          {goods.map((g) => {
            const q = qty[g.id] ?? 0;
            return (
              <li key={g.id} className="flex items-center justify-between rounded-md bg-white px-3 py-2 ring-1 ring-slate-200" data-testid={`goods-${g.name}`}>
                <span>
                  <span className="block font-medium text-slate-900">{g.name}{g.unit ? <span className="text-xs text-slate-500">/{g.unit}</span> : null}</span>
                  <span className="block text-xs text-slate-500">{t("priceStock", { price: g.price, stock: g.stock })}</span>
                </span>
                <span className="flex items-center gap-1">
                  <button type="button" className={buttonClass("secondary", "sm", "w-8 px-0")} aria-label="-" onClick={() => setQty({ ...qty, [g.id]: Math.max(0, q - 1) })}><Minus className="h-4 w-4" /></button>
                  <span className="w-6 text-center tabular-nums" data-testid={`qty-${g.name}`}>{q}</span>
                  <button type="button" className={buttonClass("secondary", "sm", "w-8 px-0")} aria-label="+" onClick={() => setQty({ ...qty, [g.id]: q + 1 })} data-testid={`plus-${g.name}`}><Plus className="h-4 w-4" /></button>
                </span>
              </li>
            );
          })}
        </ul>
        <div className="flex items-center justify-end gap-3">
          <span className="text-sm">{t("total")} <span className="text-lg font-bold tabular-nums">{total}</span></span>
          <Button variant="primary" disabled={pending || !holder || !lines.length} onClick={submit} data-testid="console-exchange">{t("exchange")}</Button>
        </div>
      </div>
      <div className="self-start rounded-lg bg-white p-4 ring-1 ring-slate-200">
        <h2 className="text-sm font-semibold text-slate-900">{t("receipt")}</h2>
        {receipt ? (
          <div className="mt-2 space-y-2 text-sm print-area" data-testid="receipt">
            <p className="text-center font-semibold">{stationName}</p>
            <p className="text-center text-xs text-slate-500">{receipt.receiptNo} · {new Date(receipt.createdAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</p>
            <p>{receipt.holder}</p>
            <ul className="border-y border-dashed border-slate-300 py-2">
              {receipt.lines.map((l) => <li key={l.name} className="flex justify-between"><span>{l.name} ×{l.quantity}</span><span className="tabular-nums">{l.price * l.quantity}</span></li>)}
            </ul>
            <p className="flex justify-between font-semibold"><span>{t("total")}</span><span className="tabular-nums">{receipt.total}</span></p>
            <p className="flex justify-between text-slate-600"><span>{t("balanceAfter")}</span><span className="tabular-nums">{receipt.balanceAfter}</span></p>
            <div className="no-print pt-2"><PrintButton label={t("print")} /></div>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{t("noReceipt")}</p>
        )}
      </div>
    </div>
  );
}
