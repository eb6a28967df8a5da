export interface FileSummary {
  readonly file: string;
  readonly kind: string;
  readonly rows: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly warnings: number;
  readonly reasons: string;
}

export interface FilesPanelText {
  readonly file: string; readonly kind: string; readonly rowsRead: string; readonly rowsLoaded: string;
  readonly rowsRejected: string; readonly warnings: string; readonly reasons: string;
  readonly unmatchedUnits: string; readonly rows: string;
}

interface FilesPanelProps {
  readonly files: readonly FileSummary[];
  readonly unmatched: readonly { value: string; rows: number }[];
  readonly text: FilesPanelText;
  readonly formatInt: (n: number) => string;
}

export function FilesPanel({ files, unmatched, text, formatInt }: FilesPanelProps) {
  return (
    <div className="files-panel">
      <div className="table-scroll">
        <table data-testid="files-table">
          <thead>
            <tr>
              <th>{text.file}</th><th>{text.kind}</th><th className="num">{text.rowsRead}</th><th className="num">{text.rowsLoaded}</th>
              <th className="num">{text.rowsRejected}</th><th className="num">{text.warnings}</th><th>{text.reasons}</th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => (
              <tr key={f.file}>
                <td>{f.file}</td><td>{f.kind}</td><td className="num">{formatInt(f.rows)}</td><td className="num">{formatInt(f.loaded)}</td>
                <td className="num">{formatInt(f.rejected)}</td><td className="num">{formatInt(f.warnings)}</td><td className="reasons">{f.reasons}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unmatched.length > 0 ? (
        <details className="unmatched">
          <summary>{text.unmatchedUnits} ({formatInt(unmatched.length)})</summary>
          <ul>
            {unmatched.map((u) => <li key={u.value}><code>{u.value}</code> · {formatInt(u.rows)} {text.rows}</li>)}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
