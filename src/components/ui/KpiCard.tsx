interface KpiCardProps {
  readonly name: string; // data-testid suffix
  readonly value: number | string | null; // raw figure for automation ("<5" when withheld)
  readonly label: string;
  readonly display: string;
  readonly sub?: string;
  readonly subValue?: { readonly name: string; readonly value: number | string }; // the sub line's raw figure, for automation
  readonly change?: { readonly value: number | null; readonly text: string; readonly better: boolean | null }; // since the comparison day
  readonly note?: string; // a last line: pace, deadline
  readonly noteValue?: number | string | null;
  readonly tone?: 'default' | 'good' | 'warn' | 'bad';
}

export function KpiCard({ name, value, label, display, sub, subValue, change, note, noteValue, tone = 'default' }: KpiCardProps) {
  return (
    <div className={`kpi kpi-${tone}`} data-testid={`kpi-${name}`} data-value={value === null ? '' : String(value)}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{display}</div>
      {sub ? (
        <div className="kpi-sub" {...(subValue ? { 'data-testid': `kpi-${subValue.name}`, 'data-value': String(subValue.value) } : {})}>{sub}</div>
      ) : null}
      {change ? (
        <div className={`kpi-change${change.better === null ? '' : change.better ? ' better' : ' worse'}`} data-testid={`kpi-${name}-change`}
          data-value={change.value === null ? '' : String(change.value)}>{change.text}</div>
      ) : null}
      {note ? <div className="kpi-note" data-testid={`kpi-${name}-note`} data-value={noteValue === null || noteValue === undefined ? '' : String(noteValue)}>{note}</div> : null}
    </div>
  );
}
