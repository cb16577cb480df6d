/** Entry point of the residents' pages (vote.html, served at /vote/): LiteApp without React-Admin. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LiteApp } from './LiteApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LiteApp />
  </StrictMode>,
);
