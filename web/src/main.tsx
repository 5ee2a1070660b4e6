/** The web single window's entry: i18n first (shared texts, then each area's), then the session, then the page for the path. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { addTexts } from './i18n';
import './styles.css';
import { App } from './App';
import { AREAS } from './areas';
import { SessionProvider } from './session';

for (const area of AREAS) addTexts(area.texts);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
