// The charts drawn with Recharts, in one file of their own (lazy.tsx loads it after the first figures).
export { CumulativeChart } from './CumulativeChart';
export { MonthColumns } from './MonthColumns';
