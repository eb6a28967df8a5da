/// <reference lib="webworker" />
import { ingestFiles, type InputFile } from '../ingest/ingest-files';

// Parsing and validation run here, off the page's main thread.
export interface IngestRequest {
  readonly id: number;
  readonly files: InputFile[];
}

self.onmessage = (event: MessageEvent<IngestRequest>) => {
  const { id, files } = event.data;
  try {
    self.postMessage({ id, result: ingestFiles(files) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
