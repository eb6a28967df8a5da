import { describe, expect, it } from 'vitest';
import { completionByCampaign, type CampaignComparisonParams } from '../../src/metrics/campaigns';
import { datasetInfo, latestDay } from '../../src/metrics/dataset-info';
import { NO_PARAMS, runMetric } from '../../src/metrics/metric';
import { totals } from '../../src/metrics/totals';
import { reportFor } from '../report/load-fixture';

// test/fixtures/campaigns = test/fixtures/small plus pilkada.csv: PILKADA2024 signed by Andi (Setjen,
// 20/08/2024), Dewi (Kanwil Sumsel, 21/08/2024, written "pilkada2024"), Gita and Hadi (Lapas
// Palembang, 05/09/2024). Active roster: Andi, Budi → PUSAT / SETJEN; Dewi, Eko → KW-SUMSEL / KANWIL;
// Fajar, Gita, Hadi → KW-SUMSEL / DITJENPAS; Joko → UNMATCHED. PEMILU2024 signers counted as of
// 2024-02-06: Andi, Budi, Dewi, Fajar, Joko (see every-metric.test.ts).
describe('completion by campaign on test/fixtures/campaigns', async () => {
  const { db } = await reportFor('campaigns');
  const cells = async (p: CampaignComparisonParams) =>
    (await runMetric(db, completionByCampaign, p)).map((r) => [r.campaign, r.asOf, r.code, r.signed, r.employees]);

  it('knows both campaigns, each with its own default as-of day', async () => {
    expect((await runMetric(db, datasetInfo, NO_PARAMS)).campaigns).toEqual(['PEMILU2024', 'PILKADA2024']);
    expect(await runMetric(db, latestDay, { campaign: 'PILKADA2024' })).toBe('2024-09-05');
    expect(await runMetric(db, latestDay, { campaign: 'PEMILU2024' })).toBe('2024-02-06');
  });

  it('per Kanwil, each campaign as of its own day', async () => {
    expect(await cells({ dimension: 'kanwil', asOf: null })).toEqual([
      ['PEMILU2024', '2024-02-06', 'KW-SUMSEL', 2, 5], ['PEMILU2024', '2024-02-06', 'PUSAT', 2, 2], ['PEMILU2024', '2024-02-06', 'UNMATCHED', 1, 1],
      ['PILKADA2024', '2024-09-05', 'KW-SUMSEL', 3, 5], ['PILKADA2024', '2024-09-05', 'PUSAT', 1, 2], ['PILKADA2024', '2024-09-05', 'UNMATCHED', 0, 1],
    ]);
  });

  it('per Eselon I unit, every campaign as of one day', async () => {
    expect(await cells({ dimension: 'directorate', asOf: '2024-08-31' })).toEqual([
      ['PEMILU2024', '2024-08-31', 'DITJENPAS', 1, 3], ['PEMILU2024', '2024-08-31', 'KANWIL', 1, 2], ['PEMILU2024', '2024-08-31', 'SETJEN', 2, 2],
      ['PEMILU2024', '2024-08-31', 'UNMATCHED', 1, 1],
      ['PILKADA2024', '2024-08-31', 'DITJENPAS', 0, 3], ['PILKADA2024', '2024-08-31', 'KANWIL', 1, 2], ['PILKADA2024', '2024-08-31', 'SETJEN', 1, 2],
      ['PILKADA2024', '2024-08-31', 'UNMATCHED', 0, 1],
    ]);
  });

  it('under unit filters, and agrees with the totals of each campaign', async () => {
    for (const f of [{}, { kanwil: 'KW-SUMSEL' }, { directorate: 'DITJENPAS' }, { unitType: 'upt' }, { unit: 'LAPAS-PLG-1' }, { kanwil: 'NOPE' }, { unit: "x' OR 1=1 --" }]) {
      for (const dimension of ['kanwil', 'directorate'] as const) {
        const rows = await runMetric(db, completionByCampaign, { ...f, dimension, asOf: null });
        for (const campaign of ['PEMILU2024', 'PILKADA2024']) {
          const asOf = (await runMetric(db, latestDay, { campaign }))!;
          const t = await runMetric(db, totals, { ...f, campaign, asOf });
          const mine = rows.filter((r) => r.campaign === campaign);
          expect(mine.reduce((n, r) => n + r.signed, 0), `${JSON.stringify(f)} ${dimension} ${campaign} signed`).toBe(t.signed);
          expect(mine.reduce((n, r) => n + r.employees, 0), `${JSON.stringify(f)} ${dimension} ${campaign} employees`).toBe(t.employees);
        }
      }
    }
  });
});
