/**
 * A period's label ("2026年第48周（11.23–11.29）"): where the line must break (a phone), the dates in brackets go
 * whole onto the next line instead of breaking inside them.
 */
export function PeriodName({ label }: { label: string }) {
  const m = /^(.*?)(\s*)([（(].*)$/.exec(label);
  if (!m) return label;
  return (
    <>
      {m[1]}
      {m[2]}
      <wbr />
      <span className="whitespace-nowrap">{m[3]}</span>
    </>
  );
}
