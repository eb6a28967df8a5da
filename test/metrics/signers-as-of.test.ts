import { describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql';
import { countedWhere, type Filters } from '../../src/metrics/filters';
import { completionByDirectorate, completionByKanwil, completionByUnit, type GroupRow } from '../../src/metrics/groups';
import { runMetric } from '../../src/metrics/metric';
import { totals } from '../../src/metrics/totals';
import { reportFor } from '../report/load-fixture';

// The signed counts read every unit's signers (signed_by_unit) less those who first signed after the
// as-of day (metrics/filters.ts signersAsOf). Whatever the day, before the first signature, inside
// the campaign or after its last, they must equal the plain sum of signed_by_day up to that day.
const FILTERS: Partial<Filters>[] = [
  {}, { kanwil: 'PUSAT' }, { kanwil: 'UNMATCHED' }, { directorate: 'KANWIL' }, { unit: 'LAPAS-PLG-1' }, { kanwil: 'KW-SUMSEL', unitType: 'upt' },
];
const DIMENSIONS = [['kanwil_group', completionByKanwil], ['directorate_group', completionByDirectorate], ['unit_code', completionByUnit]] as const;

describe.each(['small', 'campaigns'])('signers as of a day on test/fixtures/%s', async (fixture) => {
  const { db } = await reportFor(fixture);
  const campaigns = await db.run(sql`SELECT campaign, CAST(first_day - 2 AS VARCHAR) AS before, CAST(last_day + 2 AS VARCHAR) AS after FROM campaigns ORDER BY 1`);
  // The days around which a count changes: each first-signature day and the day before it (about 16,
  // evenly spread, for a long campaign), and days before the first and after the last.
  const days = async (campaign: string, before: string, after: string) => {
    const rows = await db.run(sql`SELECT DISTINCT CAST(d AS VARCHAR) AS d FROM (SELECT first_day AS d FROM signed_by_day WHERE campaign = ${campaign}
      UNION SELECT first_day - 1 FROM signed_by_day WHERE campaign = ${campaign}) WHERE d IS NOT NULL ORDER BY 1`);
    const all = rows.map((r) => String(r.d));
    const step = Math.max(1, Math.ceil(all.length / 16));
    return [before, ...all.filter((_d, i) => i % step === 0 || i === all.length - 1), after];
  };

  it('has campaigns to check', () => expect(campaigns.length).toBeGreaterThan(0));

  it('equal the sum of signed_by_day up to every day, in total and per group, under unit filters', async () => {
    let checked = 0;
    for (const c of campaigns) {
      for (const asOf of await days(String(c.campaign), String(c.before), String(c.after))) {
        for (const filter of FILTERS) {
          const f = { ...filter, campaign: String(c.campaign), asOf } as Filters;
          const label = JSON.stringify(f);
          const [direct] = await db.run(sql`SELECT coalesce(sum(d.signers), 0)::BIGINT AS n FROM signed_by_day d WHERE ${countedWhere(f, 'd')}`);
          const t = await runMetric(db, totals, f);
          expect(t.signed, label).toBe(Number(direct.n));
          if (Object.keys(filter).length === 0) {
            const [outside] = await db.run(sql`SELECT coalesce(sum(signers), 0)::BIGINT AS n FROM signed_by_day
              WHERE campaign = ${f.campaign} AND NOT counted AND first_day <= CAST(${asOf} AS DATE)`);
            expect(t.unmatchedSigners, label).toBe(Number(outside.n));
          }
          for (const [column, m] of DIMENSIONS) {
            const rows = await db.run(sql`SELECT ${sql([column] as unknown as TemplateStringsArray)} AS code, sum(d.signers)::BIGINT AS n FROM signed_by_day d
              WHERE ${countedWhere(f, 'd')} GROUP BY 1`);
            const want = new Map(rows.map((r) => [String(r.code), Number(r.n)]));
            const got = await runMetric(db, m, f) as GroupRow[];
            for (const g of got) expect(g.signed, `${label} ${m.name} ${g.code}`).toBe(want.get(g.code) ?? 0);
            for (const [code, n] of want) if (n > 0) expect(got.find((g) => g.code === code)?.signed, `${label} ${m.name} ${code} listed`).toBe(n);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(FILTERS.length * 5);
  });

  it('counts repeated signature rows over the whole campaign, as-of day or not', async () => {
    for (const c of campaigns) {
      const [all] = await db.run(sql`SELECT coalesce(sum(extra_rows), 0)::BIGINT AS n FROM signed_by_day WHERE campaign = ${String(c.campaign)}`);
      const t = await runMetric(db, totals, { campaign: String(c.campaign), asOf: String(c.before) } as Filters);
      expect(t.duplicateSignatures).toBe(Number(all.n));
    }
  });
});
