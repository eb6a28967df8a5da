import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startDataset } from './app/App';
import { preloadCharts } from './components/charts/lazy';
import { prepareTextWidth } from './components/charts/text-width';
import { LanguageProvider } from './i18n/language';
import './styles.css';
import './answers.css';
// Last: the printed page's rules win over any screen rule of the same weight.
import './print.css';

// The data is asked for (and the browser's storage opened) while React draws the page's frame.
startDataset();
// The trend's code, fetched (not yet read) while the link is idle.
preloadCharts();
// The page's font for the charts' label widths, read while the page is still nearly empty.
prepareTextWidth();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
