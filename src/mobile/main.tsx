import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getLang, setLang } from './app/i18n';
import './styles.css';

setLang(getLang());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker keeps the app shell so the app opens without signal (scope /m/).
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/m/sw.js', { scope: '/m/' })
      .catch((e) => console.warn('service worker', e));
  });
}
