import { useState } from 'react';
import { ColumnGuide } from '../components/upload/ColumnGuide';
import { FilePicker } from '../components/upload/FilePicker';
import { FileReport } from '../components/upload/FileReport';
import { PendingFileCard, type PendingFileModel } from '../components/upload/PendingFileCard';
import { Reconcile } from '../components/upload/Reconcile';
import { ConfirmDialog } from '../components/upload/ConfirmDialog';
import { LoadHistory } from '../components/upload/LoadHistory';
import { ModeChoice } from '../components/upload/ModeChoice';
import { UploadOutcome, type Outcome } from '../components/upload/UploadOutcome';
import { UploadProgress } from '../components/upload/UploadProgress';
import { Panel } from '../components/ui/Panel';
import { registryCsv } from '../export/registry-csv';
import { rejectsCsv } from '../export/rejects-csv';
import { mapHeaders, missingRequired } from '../ingest/headers';
import type { FileResult } from '../ingest/report-types';
import { useI18n } from '../i18n/language';
import { TEMPLATE_FILES } from '../schema/templates';
import { KINDS, type Kind } from '../schema/columns';
import type { DatasetController, DatasetSnapshot } from './dataset';
import { DEFAULT_MODES, topReasons } from './load-guard';
import { downloadText } from './download';
import { inspectFiles } from './ingest-client';
import { useRegistry } from './use-registry';
import { Slot } from './slot';

interface Pending extends PendingFileModel {
  readonly file: File;
}

let nextPending = 1;

export function DataPage({ snap, controller }: { snap: DatasetSnapshot; controller: DatasetController }) {
  const { t, fmt, lang } = useI18n();
  const [pending, setPending] = useState<Pending[]>([]);
  const [inspecting, setInspecting] = useState(false);
  const [busyAlias, setBusyAlias] = useState(false);
  const [batchNames, setBatchNames] = useState<string[]>([]);
  const { registry, state: registryState } = useRegistry(snap.client!);
  const upload = snap.upload;
  const working = upload.status === 'reading' || upload.status === 'confirming' || upload.status === 'loadingDb' || snap.task !== null;
  const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${fmt.decimal(n / 1024 / 1024, 1)} MB` : `${fmt.decimal(n / 1024, 1)} KB`);
  const limit = formatBytes(controller.maxFileBytes);

  const addFiles = async (files: File[]) => {
    controller.dismissUpload();
    setInspecting(true);
    try {
      const small = files.filter((f) => f.size <= controller.maxFileBytes);
      const inspections = await inspectFiles(small.map((file) => ({ file })));
      const added: Pending[] = files.map((file) => {
        const i = small.indexOf(file);
        const ins = i >= 0 ? inspections[i] : null;
        return {
          id: `p${nextPending++}`, file, name: file.name, size: file.size, tooLarge: ins === null,
          kind: ins?.kind ?? null, problem: ins?.problem ?? null, missingColumns: ins?.missingColumns ?? [],
          encoding: ins?.encoding ?? null, delimiter: ins?.delimiter ?? null, headerLine: ins?.headerLine ?? 0,
          headers: ins?.headers ?? [], mapping: ins?.mapping ?? {}, sample: ins?.sample ?? [], sheets: ins?.sheets ?? [], sheet: ins?.sheet ?? null,
        };
      });
      setPending((p) => [...p, ...added]);
    } finally {
      setInspecting(false);
    }
  };

  const update = (id: string, change: (p: Pending) => Pending) => setPending((list) => list.map((p) => (p.id === id ? change(p) : p)));
  // Another worksheet of a workbook: looked at again, with its own headers, kind and mapping.
  const setSheet = async (id: string, sheet: string) => {
    const p = pending.find((x) => x.id === id);
    if (!p) return;
    setInspecting(true);
    try {
      const [ins] = await inspectFiles([{ file: p.file, options: { sheet } }]);
      update(id, (x) => ({ ...x, kind: ins.kind, problem: ins.problem, missingColumns: ins.missingColumns, headerLine: ins.headerLine,
        headers: ins.headers, mapping: ins.mapping, sample: ins.sample, sheets: ins.sheets, sheet: ins.sheet }));
    } finally {
      setInspecting(false);
    }
  };
  const setKind = (p: Pending, kind: Kind | null): Pending => {
    const mapping = kind ? mapHeaders(kind, p.headers) : {};
    return { ...p, kind, mapping, missingColumns: kind ? missingRequired(kind, mapping) : [] };
  };
  const setMapping = (p: Pending, column: string, index: number | null): Pending => {
    const mapping = { ...p.mapping };
    if (index === null) delete mapping[column];
    else mapping[column] = index;
    return { ...p, mapping, missingColumns: p.kind ? missingRequired(p.kind, mapping) : [] };
  };

  const confirm = () => {
    const batch = pending.filter((p) => !p.tooLarge);
    setPending([]);
    setBatchNames(batch.map((p) => p.name));
    void controller.upload(batch.map((p) => ({
      name: p.name, blob: p.file, kind: p.kind,
      options: {
        ...(p.kind ? { kind: p.kind, mapping: p.mapping, delimiter: p.delimiter as ',' | ';' | '\t' | '|' | undefined ?? undefined } : {}),
        ...(p.sheet ? { sheet: p.sheet } : {}),
      },
    })));
  };

  const reports: FileResult[] = upload.status === 'done' || upload.status === 'failed' ? upload.files : snap.files;
  const readingName = upload.status === 'reading' && upload.progress ? batchNames[upload.progress.file] ?? '' : '';

  return (
    <div className="data-page">
      <Panel title={t('dataSourceTitle')} wide>
        <p data-testid="data-source-text" data-value={snap.source}>{snap.source === 'local' ? t('dataSourceLocal') : t('dataSourcePublished')}</p>
        {snap.storage === 'unavailable' ? <p className="problem" data-testid="storage-state" data-value="unavailable">{t('storageUnavailableNow')}</p> : null}
        {snap.storage === 'failed' ? <p className="problem" data-testid="storage-state" data-value="failed">{t('storageFailed')}</p> : null}
        {snap.setAside ? (
          <div className="problem" role="alert" data-testid="set-aside">
            {snap.setAside.loads === null ? <p>{t('setAsideAll')}</p> : snap.setAside.loads > 0 ? <p>{t('setAsideLoads', { n: fmt.int(snap.setAside.loads) })}</p> : null}
            {snap.setAside.aliases > 0 ? <p>{t('setAsideAliases', { n: fmt.int(snap.setAside.aliases) })}</p> : null}
            <button type="button" onClick={() => void controller.clearSetAside()} disabled={working} data-testid="clear-set-aside">{t('clearSetAside')}</button>
          </div>
        ) : null}
        {snap.form === 'aggregate' ? <p className="notice" data-testid="aggregate-notice">{t('aggregateNotice')}</p> : null}
        {snap.source === 'local' ? (
          // Pressed during an upload, the upload is cancelled first (it is neither loaded nor kept), then the question comes.
          <button type="button" onClick={() => void controller.backToPublished()} disabled={snap.task !== null || snap.question !== null}
            data-testid="data-back-to-published">{t('backToPublished')}</button>
        ) : null}
        {snap.task ? <p role="status" data-testid="task-progress">{t(snap.task === 'undo' ? 'undoing' : 'goingBack')}</p> : null}
      </Panel>

      <Panel title={t('historyTitle')} wide>
        <LoadHistory entries={snap.history} busy={working || snap.question !== null} onUndo={() => void controller.undoLast()} />
      </Panel>

      <Panel title={t('addFiles')} wide>
        <FilePicker disabled={working || inspecting} onFiles={(files) => void addFiles(files)} />
        {inspecting ? <p role="status">{t('ingesting')}</p> : null}
        {pending.map((p) => (
          <PendingFileCard key={p.id} file={p} formatBytes={formatBytes} limit={limit}
            onKind={(kind) => update(p.id, (x) => setKind(x, kind))}
            onMapping={(column, index) => update(p.id, (x) => setMapping(x, column, index))}
            onSheet={(sheet) => void setSheet(p.id, sheet)}
            onRemove={() => setPending((list) => list.filter((x) => x.id !== p.id))} />
        ))}
        <ModeChoice kinds={KINDS.filter((k) => pending.some((p) => p.kind === k && !p.tooLarge))} modes={snap.modes} defaults={DEFAULT_MODES}
          disabled={working} onMode={(kind: Kind, mode) => controller.setMode(kind, mode)} />
        {pending.length > 0 ? (
          <button type="button" className="primary" onClick={confirm} disabled={working || inspecting} data-testid="upload-confirm">
            {t('loadFiles', { n: pending.length })}
          </button>
        ) : null}
        {upload.status === 'confirming' ? <p role="status" data-testid="upload-waiting">{t('waitingAnswer')}</p> : null}
        {upload.status === 'reading' || upload.status === 'loadingDb' ? (
          <UploadProgress phase={upload.status} fileName={readingName} bytes={upload.status === 'reading' ? upload.progress?.bytes ?? 0 : 0}
            totalBytes={upload.status === 'reading' ? upload.progress?.totalBytes ?? 0 : 0} rows={upload.status === 'reading' ? upload.progress?.rows ?? 0 : 0}
            formatBytes={formatBytes} onCancel={() => controller.cancel()} />
        ) : null}
        <UploadOutcome outcome={outcomeOf(snap)} refused={refusedOf(snap)} />
      </Panel>

      <Panel title={t('validationTitle')} wide>
        {upload.status !== 'done' && upload.status !== 'failed' ? <p className="muted">{t('validationNone')}</p> : null}
        <div className="reports" data-testid="validation-report">
          {reports.map((f, i) => (
            <FileReport key={`${f.file}-${i}`} report={f} onDownloadRejects={() => downloadText(`ditolak-${f.file.replace(/\.[^.]+$/, '')}.csv`, rejectsCsv(f, lang))} />
          ))}
        </div>
      </Panel>

      <Panel title={t('reconcileTitle')} wide>
        {registry ? (
          <Reconcile unmatched={registry.unmatched} units={registry.units} aliases={snap.aliases} busy={busyAlias || working}
            suggest={registry.suggest}
            onApply={(value, code) => { setBusyAlias(true); void controller.setAlias(value, code).finally(() => setBusyAlias(false)); }}
            onApplyMany={(choices) => { setBusyAlias(true); void controller.setAliases(choices).finally(() => setBusyAlias(false)); }}
            onRemoveAlias={(value) => { setBusyAlias(true); void controller.setAlias(value, null).finally(() => setBusyAlias(false)); }}
            onDownloadRegistry={() => downloadText('registri-unit-dengan-alias.csv', registryCsv(registry.units, snap.aliases))} />
        ) : <Slot state={registryState}>{() => null}</Slot>}
      </Panel>
      {snap.question ? <ConfirmDialog type={snap.question.type} changes={snap.question.changes} onAnswer={(yes) => controller.reply(yes)} /> : null}

      <Panel title={t('templatesTitle')} wide>
        <ColumnGuide lang={lang} onDownload={(kind) => downloadText(TEMPLATE_FILES[kind].fileName, TEMPLATE_FILES[kind].text)} />
      </Panel>
    </div>
  );
}

function outcomeOf(snap: DatasetSnapshot): Outcome | null {
  const u = snap.upload;
  return u.status === 'cancelled' || u.status === 'failed' || u.status === 'done' ? u : null;
}

/** Files from which no row loads: refused as a whole, with their main reasons. */
function refusedOf(snap: DatasetSnapshot) {
  const u = snap.upload;
  if (u.status !== 'done' && u.status !== 'failed') return [];
  return u.files.filter((f) => f.problem === 'no_rows_loaded').map((f) => ({ file: f.file, reasons: topReasons(f.rejects) }));
}
