import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/language';

interface FilePickerProps {
  readonly disabled: boolean;
  onFiles(files: File[]): void;
}

/** A drop zone with a file input (several files: CSV, TSV, TXT, Excel workbooks). */
export function FilePicker({ disabled, onFiles }: FilePickerProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!disabled && e.dataTransfer.files.length) onFiles([...e.dataTransfer.files]);
  };
  return (
    <div className={`drop-zone${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)} onDrop={drop}>
      <p>{t('addFilesHint')}</p>
      <label className="button-like">
        {t('chooseFiles')}
        <input ref={input} type="file" multiple accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="upload-input" disabled={disabled} className="visually-hidden"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length) onFiles(files);
            if (input.current) input.current.value = '';
          }} />
      </label>
    </div>
  );
}
