// The chart drawn with Recharts (the trend), in a file of its own (lazy.tsx loads it after the first figures).
export { CumulativeChart } from './CumulativeChart';
