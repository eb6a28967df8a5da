// Interface strings of the printed pages (Indonesian and English, same keys).
export const PRINT_ID = {
  printUnitsBehind: 'Unit paling tertinggal (penyelesaian terendah lebih dulu)',
  printCasesNewest: 'Kasus terbaru lebih dulu',
  printMoreUnits: 'dan {n} unit lainnya',
  printMoreCases: 'dan {n} kasus lainnya',
};

export const PRINT_EN: Record<keyof typeof PRINT_ID, string> = {
  printUnitsBehind: 'Units furthest behind (lowest completion first)',
  printCasesNewest: 'Newest cases first',
  printMoreUnits: 'and {n} more units',
  printMoreCases: 'and {n} more cases',
};
