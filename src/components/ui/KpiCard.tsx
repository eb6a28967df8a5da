interface KpiCardProps {
  readonly name: string; // data-testid suffix
  readonly value: number | null; // raw number for automation
  readonly label: string;
  readonly display: string;
  readonly sub?: string;
  readonly tone?: 'default' | 'good' | 'warn' | 'bad';
}

export function KpiCard({ name, value, label, display, sub, tone = 'default' }: KpiCardProps) {
  return (
    <div className={`kpi kpi-${tone}`} data-testid={`kpi-${name}`} data-value={value === null ? '' : String(value)}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{display}</div>
      {sub ? <div className="kpi-sub">{sub}</div> : null}
    </div>
  );
}
