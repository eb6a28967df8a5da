import { useMemo, useState } from 'react';
import { reasonLabel } from '../../export/reason-label';
import { useI18n } from '../../i18n/language';
import type { StringKey } from '../../i18n/strings';
import { maskNip } from '../../view-models/leadership';
import { ListPager } from './ListPager';
import { pageOf } from './paging';

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

const REJECTS_PER_PAGE = 10;
const SUSPECTS_PER_PAGE = 50;

function counts(items: readonly { reason: string }[]): [string, number][] {
  const m = new Map<string, number>();
  for (const i of items) m.set(i.reason, (m.get(i.reason) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

const sorted = (counted: Readonly<Record<string, number>>): [string, number][] => Object.entries(counted).sort((a, b) => b[1] - a[1]);

/**
 * One file's validation: counts, reasons, the rejected rows and suspect NIPs (each paged), and
 * duplicates. NIPs are masked as everywhere else in the app until the analyst reveals them (per
 * report, never stored).
 */
export function FileReport({ report, onDownloadRejects }: FileReportProps) {
  const { t, fmt, lang } = useI18n();
  const [reveal, setReveal] = useState(false);
  const [rejectPage, setRejectPage] = useState(0);
  const [suspectPage, setSuspectPage] = useState(0);
  const pub = report.published;
  const rejected = pub ? pub.rejected : report.rejects.length;
  const warned = pub ? pub.warnings : report.warnings.length;
  const rejectCounts = useMemo(() => (pub ? sorted(pub.rejectReasons) : counts(report.rejects)), [pub, report.rejects]);
  const warningCounts = useMemo(() => (pub ? sorted(pub.warningReasons) : counts(report.warnings)), [pub, report.warnings]);
  const label = (reason: string) => reasonLabel(lang, reason);
  const nipText = (nip: string) => (reveal ? nip : maskNip(nip));
  const shownValue = (r: { column: string; value: string }) => (r.column === 'nip' ? nipText(r.value) : r.value);
  const rejects = pageOf(report.rejects, rejectPage, REJECTS_PER_PAGE);
  const suspects = pageOf(report.suspectNips, suspectPage, SUSPECTS_PER_PAGE);
  const hasNips = report.suspectNips.length > 0 || report.rejects.some((r) => r.column === 'nip');
  const revealButton = hasNips ? (
    <p className="muted">
      {reveal ? null : <>{t('reportNipsMasked')} </>}
      <button type="button" onClick={() => setReveal(!reveal)} aria-pressed={reveal} data-testid="report-reveal-nip">
        {reveal ? t('hideNip') : t('revealNip')}
      </button>
    </p>
  ) : null;
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
          {revealButton}
          {report.rejects.length > 0 ? (
            <>
              <h4>{t('rejectedRows')}</h4>
              <div className="table-scroll">
                <table data-testid="rejects-table">
                  <thead><tr><th className="num">{t('line')}</th><th>{t('column')}</th><th>{t('value')}</th><th>{t('reason')}</th></tr></thead>
                  <tbody>
                    {rejects.rows.map((r) => (
                      <tr key={`${r.line}-${r.reason}-${r.column}`}>
                        <td className="num">{r.line}</td><td>{r.column}</td><td><code data-testid="reject-value">{shownValue(r)}</code></td>
                        <td>{label(r.reason)}{r.first ? ` (${r.first.file === report.file ? t('firstAtLine', { line: r.first.line }) : t('firstAt', { file: r.first.file, line: r.first.line })})` : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <ListPager page={rejects} onPage={setRejectPage} testId="rejects-pager" />
              <button type="button" onClick={onDownloadRejects} data-testid="download-rejects">{t('downloadRejected')}</button>
            </>
          ) : null}
          {report.suspectNips.length > 0 ? (
            <details>
              <summary>{t('suspectNips')} ({fmt.int(report.suspectNips.length)})</summary>
              <ul className="compact" data-testid="suspect-nips">
                {suspects.rows.map((s) => <li key={s.line}>{t('line')} {s.line}: <code>{nipText(s.nip)}</code></li>)}
              </ul>
              <ListPager page={suspects} onPage={setSuspectPage} testId="suspects-pager" />
            </details>
          ) : null}
        </>
      )}
    </article>
  );
}
