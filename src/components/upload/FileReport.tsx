import { useI18n } from '../../i18n/language';
import { isStringKey, type StringKey } from '../../i18n/strings';

export interface FileReportModel {
  readonly file: string;
  readonly kind: string | null;
  readonly problem: string | null;
  readonly missingColumns: readonly string[];
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly rowsRead: number;
  readonly loaded: number;
  readonly rejects: readonly { line: number; reason: string; column: string; value: string; first?: { file: string; line: number } }[];
  readonly warnings: readonly { reason: string }[];
  readonly suspectNips: readonly { line: number; nip: string }[];
  readonly duplicates: number;
  // A published file: counts and reasons only (its rows, rejected ones included, were not published).
  readonly published?: {
    readonly rejected: number; readonly warnings: number; readonly suspectNips: number;
    readonly rejectReasons: Readonly<Record<string, number>>; readonly warningReasons: Readonly<Record<string, number>>;
  };
}

interface FileReportProps {
  readonly report: FileReportModel;
  onDownloadRejects(): void;
}

const FIRST_ROWS = 10;

function counts(items: readonly { reason: string }[]): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.reason, (m.get(i.reason) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

const sorted = (counted: Readonly<Record<string, number>>): [string, number][] => Object.entries(counted).sort((a, b) => b[1] - a[1]);

/** One file's validation: counts, reasons, the first rejected rows, suspects and duplicates. */
export function FileReport({ report, onDownloadRejects }: FileReportProps) {
  const { t, fmt } = useI18n();
  const pub = report.published;
  const rejected = pub ? pub.rejected : report.rejects.length;
  const warned = pub ? pub.warnings : report.warnings.length;
  const rejectCounts = pub ? sorted(pub.rejectReasons) : counts(report.rejects);
  const warningCounts = pub ? sorted(pub.warningReasons) : counts(report.warnings);
  const label = (reason: string) => {
    const key = `reason_${reason}`;
    if (isStringKey(key)) return t(key);
    return reason.endsWith('_unknown') ? `${t('reason_other')}: ${reason.replace(/_unknown$/, '')}` : reason;
  };
  return (
    <article className="file-report" data-testid="file-report" data-file={report.file} aria-label={report.file}>
      <h3>{report.file} {report.kind ? <span className="muted">· {t(`kind_${report.kind}` as StringKey)}</span> : null}</h3>
      {report.problem ? (
        <p className="problem" role="alert" data-testid="file-problem">
          {t(`problem_${report.problem}` as StringKey, { columns: report.missingColumns.join(', ') })}
        </p>
      ) : (
        <>
          <dl className="report-counts">
            <div><dt>{t('rowsRead')}</dt><dd data-testid="rows-read">{fmt.int(report.rowsRead)}</dd></div>
            <div><dt>{t('rowsLoaded')}</dt><dd data-testid="rows-loaded">{fmt.int(report.loaded)}</dd></div>
            <div><dt>{t('rowsRejected')}</dt><dd data-testid="rows-rejected">{fmt.int(rejected)}</dd></div>
            <div><dt>{t('rowsWarnings')}</dt><dd>{fmt.int(warned)}</dd></div>
            <div><dt>{t('duplicateRows')}</dt><dd>{fmt.int(report.duplicates)}</dd></div>
            <div><dt>{t('suspectNips')}</dt><dd>{fmt.int(pub ? pub.suspectNips : report.suspectNips.length)}</dd></div>
          </dl>
          <p className="muted">{t('encoding')}: {report.encoding ?? '–'} · {t('delimiter')}: {report.delimiter === '\t' ? 'tab' : report.delimiter ?? '–'}</p>
          {pub ? <p className="muted" data-testid="published-report-note">{t('publishedReportNote')}</p> : null}
          {rejected + warned > 0 ? (
            <div className="reason-list">
              <h4>{t('perReason')}</h4>
              <ul>
                {rejectCounts.map(([reason, n]) => <li key={`r-${reason}`}>{t('rowsRejected')}: {label(reason)} — {fmt.int(n)}</li>)}
                {warningCounts.map(([reason, n]) => <li key={`w-${reason}`}>{t('rowsWarnings')}: {label(reason)} — {fmt.int(n)}</li>)}
              </ul>
            </div>
          ) : null}
          {report.rejects.length > 0 ? (
            <>
              <h4>{t('firstRejected')}</h4>
              <div className="table-scroll">
                <table data-testid="rejects-table">
                  <thead><tr><th className="num">{t('line')}</th><th>{t('column')}</th><th>{t('value')}</th><th>{t('reason')}</th></tr></thead>
                  <tbody>
                    {report.rejects.slice(0, FIRST_ROWS).map((r) => (
                      <tr key={`${r.line}-${r.reason}`}>
                        <td className="num">{r.line}</td><td>{r.column}</td><td><code>{r.value}</code></td>
                        <td>{label(r.reason)}{r.first ? ` (${r.first.file === report.file ? t('firstAtLine', { line: r.first.line }) : t('firstAt', { file: r.first.file, line: r.first.line })})` : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <button type="button" onClick={onDownloadRejects} data-testid="download-rejects">{t('downloadRejected')}</button>
            </>
          ) : null}
          {report.suspectNips.length > 0 ? (
            <details>
              <summary>{t('suspectNips')} ({fmt.int(report.suspectNips.length)})</summary>
              <ul className="compact">{report.suspectNips.slice(0, 50).map((s) => <li key={s.line}>{t('line')} {s.line}: <code>{s.nip}</code></li>)}</ul>
            </details>
          ) : null}
        </>
      )}
    </article>
  );
}
