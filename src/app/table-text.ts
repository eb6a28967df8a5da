import { useMemo } from 'react';
import type { UnitsTableText } from '../components/table/UnitsTable';
import { useI18n } from '../i18n/language';
import type { StringKey } from '../i18n/strings';

/** Translated labels handed to the table components as props. */
export function useTableText(): { units: UnitsTableText } {
  const { t } = useI18n();
  return useMemo(() => ({
    units: {
      unit: t('unit'), code: t('code'), type: t('type'), kanwil: t('kanwil'), directorate: t('directorate'),
      employees: t('employees'), signed: t('signed'), notYet: t('notYet'), completion: t('completion'),
      incidents: t('incidents'), openIncidents: t('openIncidents'), search: t('search'), noData: t('noData'),
      rowsShown: (n) => t('rowsShown', { n }),
      typeLabel: (type) => (type ? t(`type_${type}` as StringKey) : '–'),
    },
  }), [t]);
}
