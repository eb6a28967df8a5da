import { COLUMN_GUIDE, GUIDE_FILE_NOTES, type ColumnDoc } from '../../schema/column-guide';
import { KINDS, type Kind } from '../../schema/columns';
import { TEMPLATE_FILES } from '../../schema/templates';

type Lang = 'id' | 'en';

// The guide's own words; kept here so the app's i18n files stay untouched.
const WORDS: Record<Lang, {
  readonly column: string; readonly requiredHeader: string; readonly required: string; readonly uptOnly: string;
  readonly optional: string; readonly headers: string; readonly explanation: string; readonly example: string;
  readonly values: string; readonly download: string; readonly columns: string;
}> = {
  id: {
    column: 'Kolom', requiredHeader: 'Wajib', required: 'wajib', uptOnly: 'hanya untuk UPT', optional: 'opsional',
    headers: 'Nama kolom yang diterima', explanation: 'Keterangan', example: 'Contoh', values: 'Nilai yang diterima',
    download: 'Unduh templat', columns: 'Kolom',
  },
  en: {
    column: 'Column', requiredHeader: 'Required', required: 'required', uptOnly: 'UPT rows only', optional: 'optional',
    headers: 'Accepted header names', explanation: 'Explanation', example: 'Example', values: 'Accepted values',
    download: 'Download template', columns: 'Columns',
  },
};

interface ColumnGuideProps {
  readonly lang: Lang;
  readonly onDownload: (kind: Kind) => void;
}

function requiredText(required: ColumnDoc['required'], lang: Lang): string {
  const w = WORDS[lang];
  return required === 'upt' ? w.uptOnly : required ? w.required : w.optional;
}

function ColumnRow({ doc, lang }: { readonly doc: ColumnDoc; readonly lang: Lang }) {
  return (
    <tr>
      <th scope="row">{doc.label[lang]} <code className="muted">{doc.name}</code></th>
      <td>{requiredText(doc.required, lang)}</td>
      <td>{[doc.name, ...doc.aliases].map((h, i) => <span key={h}>{i > 0 ? ', ' : ''}<code>{h}</code></span>)}</td>
      <td>{doc[lang]}</td>
      <td><code>{doc.example}</code></td>
      <td>
        {doc.codes ? (
          <ul>
            {doc.codes.map((c) => <li key={c.code}><code>{c.code}</code> — {c[lang]}</li>)}
          </ul>
        ) : <span className="muted">—</span>}
      </td>
    </tr>
  );
}

/** Per file kind: what it is for, a template to download, and what every column means and accepts. */
export function ColumnGuide({ lang, onDownload }: ColumnGuideProps) {
  const w = WORDS[lang];
  return (
    <div className="stack">
      <ul className="muted">
        {GUIDE_FILE_NOTES[lang].map((note) => <li key={note}>{note}</li>)}
      </ul>
      {KINDS.map((kind) => {
        const guide = COLUMN_GUIDE[kind];
        const text = guide[lang];
        const template = TEMPLATE_FILES[kind];
        return (
          <details key={kind} data-testid={`guide-${kind}`}>
            <summary>{text.title}</summary>
            <p>{text.purpose}</p>
            <p>
              <button type="button" data-testid={`template-${kind}`} onClick={() => onDownload(kind)}>
                {w.download}
              </button>{' '}
              <span className="muted">{template.fileName}</span>
            </p>
            <div className="table-scroll">
              <table>
                <caption className="muted">{w.columns}: {text.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{w.column}</th>
                    <th scope="col">{w.requiredHeader}</th>
                    <th scope="col">{w.headers}</th>
                    <th scope="col">{w.explanation}</th>
                    <th scope="col">{w.example}</th>
                    <th scope="col">{w.values}</th>
                  </tr>
                </thead>
                <tbody>
                  {guide.columns.map((doc) => <ColumnRow key={doc.name} doc={doc} lang={lang} />)}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
    </div>
  );
}
