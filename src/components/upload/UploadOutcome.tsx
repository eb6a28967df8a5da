import { useI18n } from '../../i18n/language';
import { RefusedFiles } from './RefusedFiles';

export type Outcome =
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'done'; readonly saved: boolean };

interface UploadOutcomeProps {
  readonly outcome: Outcome | null;
  readonly refused: readonly { file: string; reasons: readonly { reason: string; count: number }[] }[];
}

/** How the last upload ended, in the user's words: never an engine's message. */
export function UploadOutcome({ outcome, refused }: UploadOutcomeProps) {
  const { t } = useI18n();
  if (!outcome) return null;
  if (outcome.status === 'cancelled') return <p className="notice" role="status" data-testid="upload-outcome" data-value="cancelled">{t('cancelled')}</p>;
  if (outcome.status === 'failed') {
    const text = outcome.message === 'nothing_loaded' ? (refused.length > 0 ? t('nothingLoadedRefused') : t('nothingLoaded'))
      : outcome.message === 'reader_died' ? t('readerDied')
        : outcome.message === 'engine_dead' ? t('failEngineDead')
          : outcome.message === 'out_of_memory' ? t('failMemory') : t('loadFailedGeneric');
    return (
      <div data-testid="upload-outcome" data-value="failed">
        <p className="problem" role="alert">{text}</p>
        <RefusedFiles files={refused} />
      </div>
    );
  }
  return (
    <div role="status" data-testid="upload-outcome" data-value="done">
      <p className="success">{t('loadDone')}</p>
      <RefusedFiles files={refused} />
      {!outcome.saved ? <p className="problem">{t('notSaved')}</p> : null}
    </div>
  );
}
