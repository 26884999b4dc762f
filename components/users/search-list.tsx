"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, Search } from "lucide-react";
import clsx from "clsx";
import { inputClass } from "@/components/ui/field";

/**
 * A search box with a result list under it (pickers). `search` runs on focus and, debounced, while typing;
 * picking an item calls `onPick`. Arrow keys and Enter work; items `disabled` cannot be picked.
 */
export function SearchList<T extends { id: string }>({
  search,
  render,
  onPick,
  isDisabled,
  placeholder,
  inputId,
  invalid,
}: {
  search: (q: string) => Promise<T[] | string>;
  render: (item: T) => React.ReactNode;
  onPick: (item: T) => void;
  isDisabled?: (item: T) => boolean;
  placeholder?: string;
  inputId?: string;
  invalid?: boolean;
}) {
  const t = useTranslations("common");
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      const res = await search(q);
      if (mine !== seq.current) return;
      setLoading(false);
      if (typeof res === "string") {
        setError(res);
        setItems([]);
      } else {
        setError(null);
        setItems(res);
        setActive(0);
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [q, open, search]);

  function pick(item: T | undefined) {
    if (!item || isDisabled?.(item)) return;
    onPick(item);
    setOpen(false);
    setQ("");
  }

  return (
    <div className="relative">
      <Search className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-slate-500" aria-hidden />
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        value={q}
        placeholder={placeholder}
        className={clsx(inputClass, "pl-8")}
        onChange={(e) => (setQ(e.target.value), setOpen(true))}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") (e.preventDefault(), setOpen(true), setActive((a) => Math.min(a + 1, items.length - 1)));
          else if (e.key === "ArrowUp") (e.preventDefault(), setActive((a) => Math.max(a - 1, 0)));
          else if (e.key === "Enter") (e.preventDefault(), pick(items[active]));
          else if (e.key === "Escape") setOpen(false);
        }}
      />
      {open ? (
        <ul role="listbox" className="absolute z-30 mt-1 max-h-72 w-full overflow-y-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
          {loading && !items.length ? (
            <li className="flex items-center gap-2 px-3 py-2 text-slate-500">
              <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
              {t("loading")}
            </li>
          ) : error ? (
            <li className="px-3 py-2 text-red-600">{error}</li>
          ) : !items.length ? (
            <li className="px-3 py-2 text-slate-500">{t("empty")}</li>
          ) : (
            items.map((item, i) => {
              const disabled = isDisabled?.(item);
              return (
                <li
                  key={item.id}
                  role="option"
                  aria-selected={i === active}
                  aria-disabled={disabled || undefined}
                  onMouseDown={(e) => (e.preventDefault(), pick(item))}
                  onMouseEnter={() => setActive(i)}
                  className={clsx("cursor-pointer px-3 py-2", i === active && !disabled && "bg-brand-50", disabled && "cursor-not-allowed opacity-50")}
                >
                  {render(item)}
                </li>
              );
            })
          )}
        </ul>
      ) : null}
    </div>
  );
}
