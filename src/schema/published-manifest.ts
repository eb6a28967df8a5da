// data/manifest.json: what the host published and in which form. Read by the page, written by the build.

/** A file's validation report as published: counts and reasons, never a row of the file. */
export interface PublishedFileReport {
  readonly file: string;
  readonly bytes: number;
  readonly kind: string | null;
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly rowsRead: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly warnings: number;
  readonly duplicates: number;
  readonly suspectNips: number;
  readonly rejectReasons: Readonly<Record<string, number>>;
  readonly warningReasons: Readonly<Record<string, number>>;
}

export interface PublishedManifest {
  /** `aggregate`: counts only (the default); `rows`: the host chose to publish the files themselves. */
  readonly form: 'aggregate' | 'rows';
  readonly synthetic: boolean;
  readonly files: readonly { readonly name: string; readonly bytes: number }[]; // rows form: the data files
  readonly tables?: readonly { readonly name: string; readonly file: string; readonly rows: number; readonly bytes: number }[]; // aggregate form
  readonly report?: readonly PublishedFileReport[];
}
