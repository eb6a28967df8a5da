import { parseDate } from '../ingest/dates';
import { campaignCode } from '../ingest/values';
import { DEFAULT_CAMPAIGN } from '../schema/columns';

export interface ReportArgs {
  readonly paths: string[];
  readonly campaign: string;
  readonly asOf: string | null;
}

export class UsageError extends Error {}

export const USAGE = 'usage: npm run report -- <folder or files...> [--campaign C] [--as-of YYYY-MM-DD]';

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const paths: string[] = [];
  let campaign = DEFAULT_CAMPAIGN;
  let asOf: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--campaign') campaign = campaignCode(value());
    else if (flag === '--as-of') {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !parseDate(v)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, not "${v}"`);
      asOf = v;
    } else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('name at least one folder or CSV file');
  return { paths, campaign, asOf };
}
