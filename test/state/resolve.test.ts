import { describe, expect, it } from 'vitest';
import { checkCodes, toFilters, type DataContext } from '../../src/state/resolve';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view-state';

const view = (change: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...change });

const DATA: DataContext = {
  units: [
    { code: 'KW-JABAR', type: 'kanwil' },
    { code: 'Kw-Jatim', type: 'kanwil' },
    { code: 'DITJENPAS', type: 'eselon1' },
    { code: 'Itjen', type: 'eselon1' },
    { code: 'UPT-001', type: 'upt' },
  ],
  campaigns: ['PEMILU-2024', 'Pilkada-2024'],
  defaultCampaign: 'PEMILU-2024',
};

describe('checkCodes', () => {
  it('leaves a view without unit or campaign codes untouched', () => {
    const v = view({ asOf: '2024-02-01', status: 'open' });
    expect(checkCodes(v, DATA)).toEqual({ view: v, ignored: [] });
  });

  it.each([['kanwil', 'KW-PAPUA'], ['directorate', 'DITJEN-X'], ['unit', 'UPT-999']] as const)(
    'drops the unknown %s code %s', (key, code) => {
      const { view: v, ignored } = checkCodes(view({ [key]: code }), DATA);
      expect(v[key]).toBeNull();
      expect(ignored).toEqual([{ param: key, value: code, reason: 'unknownUnit' }]);
    });

  it('checks a code against its own unit type', () => {
    const asDirectorate = checkCodes(view({ directorate: 'KW-JABAR' }), DATA);
    expect(asDirectorate.view.directorate).toBeNull();
    expect(asDirectorate.ignored).toEqual([{ param: 'directorate', value: 'KW-JABAR', reason: 'unknownUnit' }]);

    const asKanwil = checkCodes(view({ kanwil: 'DITJENPAS' }), DATA);
    expect(asKanwil.view.kanwil).toBeNull();
    expect(asKanwil.ignored).toEqual([{ param: 'kanwil', value: 'DITJENPAS', reason: 'unknownUnit' }]);
  });

  it('accepts any registry unit as a unit, whatever its type', () => {
    for (const code of ['KW-JABAR', 'DITJENPAS', 'UPT-001']) {
      expect(checkCodes(view({ unit: code }), DATA)).toEqual({ view: view({ unit: code }), ignored: [] });
    }
  });

  it('keeps the buckets of each dimension', () => {
    const kept = (change: Partial<ViewState>) => expect(checkCodes(view(change), DATA)).toEqual({ view: view(change), ignored: [] });
    kept({ kanwil: 'PUSAT' });
    kept({ kanwil: 'UNMATCHED' });
    kept({ directorate: 'KANWIL' });
    kept({ directorate: 'UNMATCHED' });
    kept({ unit: 'UNMATCHED' });
  });

  it('drops a bucket used in another dimension', () => {
    for (const change of [{ kanwil: 'KANWIL' }, { directorate: 'PUSAT' }, { unit: 'PUSAT' }, { unit: 'KANWIL' }]) {
      const { view: v, ignored } = checkCodes(view(change), DATA);
      expect(v).toEqual(DEFAULT_VIEW);
      expect(ignored.map((i) => i.reason)).toEqual(['unknownUnit']);
    }
  });

  it("matches without regard to case and returns the registry's spelling", () => {
    const { view: v, ignored } = checkCodes(view({ kanwil: 'kw-jatim', directorate: 'ITJEN', unit: 'upt-001' }), DATA);
    expect(ignored).toEqual([]);
    expect([v.kanwil, v.directorate, v.unit]).toEqual(['Kw-Jatim', 'Itjen', 'UPT-001']);
    expect(checkCodes(view({ kanwil: 'pusat', unit: 'Unmatched' }), DATA).view).toEqual(view({ kanwil: 'PUSAT', unit: 'UNMATCHED' }));
  });

  it('checks campaigns the same way', () => {
    expect(checkCodes(view({ campaign: 'pilkada-2024' }), DATA)).toEqual({ view: view({ campaign: 'Pilkada-2024' }), ignored: [] });
    const { view: v, ignored } = checkCodes(view({ campaign: 'PEMILU-2019' }), DATA);
    expect(v.campaign).toBeNull();
    expect(ignored).toEqual([{ param: 'campaign', value: 'PEMILU-2019', reason: 'unknownCampaign' }]);
  });

  it('accepts the default campaign even when the list does not repeat it', () => {
    const data = { ...DATA, campaigns: [] };
    expect(checkCodes(view({ campaign: 'pemilu-2024' }), data).view.campaign).toBe('PEMILU-2024');
  });

  it('lists every dropped code and keeps the rest of the view', () => {
    const v = view({ page: 'detail', kanwil: 'NOPE', directorate: 'DITJENPAS', unit: 'GONE', campaign: 'X', status: 'open' });
    const result = checkCodes(v, DATA);
    expect(result.view).toEqual(view({ page: 'detail', directorate: 'DITJENPAS', status: 'open' }));
    expect(result.ignored.map((i) => `${i.param}:${i.reason}`)).toEqual(['kanwil:unknownUnit', 'unit:unknownUnit', 'campaign:unknownCampaign']);
  });

  it('drops every unit code when the data has no units', () => {
    const empty: DataContext = { units: [], campaigns: [], defaultCampaign: 'C' };
    expect(checkCodes(view({ kanwil: 'KW-JABAR' }), empty).view.kanwil).toBeNull();
    expect(checkCodes(view({ kanwil: 'PUSAT' }), empty).view.kanwil).toBe('PUSAT');
  });
});

describe('toFilters', () => {
  const TODAY = '2024-06-30';

  it('uses the latest day of the data when the view has no as-of day', () => {
    expect(toFilters(DEFAULT_VIEW, DATA, '2024-02-14', TODAY).asOf).toBe('2024-02-14');
  });

  it('uses today when there is no latest day either', () => {
    expect(toFilters(DEFAULT_VIEW, DATA, null, TODAY).asOf).toBe(TODAY);
  });

  it("prefers the view's own as-of day", () => {
    expect(toFilters(view({ asOf: '2024-01-10' }), DATA, '2024-02-14', TODAY).asOf).toBe('2024-01-10');
    expect(toFilters(view({ asOf: '2024-01-10' }), DATA, null, TODAY).asOf).toBe('2024-01-10');
  });

  it('fills the default campaign and copies the filters', () => {
    const v = view({
      kanwil: 'KW-JABAR', directorate: 'KANWIL', unitType: 'upt', unit: 'UPT-001', category: 'SPANDUK',
      status: 'open', source: 'BAWASLU', from: '2024-01-01', to: '2024-01-31', sort: '-completion', deadline: '2024-03-01',
    });
    expect(toFilters(v, DATA, '2024-02-14', TODAY)).toEqual({
      campaign: 'PEMILU-2024', asOf: '2024-02-14', kanwil: 'KW-JABAR', directorate: 'KANWIL', unitType: 'upt', unit: 'UPT-001',
      category: 'SPANDUK', status: 'open', source: 'BAWASLU', from: '2024-01-01', to: '2024-01-31',
    });
    expect(toFilters(view({ campaign: 'Pilkada-2024' }), DATA, null, TODAY).campaign).toBe('Pilkada-2024');
  });
});
