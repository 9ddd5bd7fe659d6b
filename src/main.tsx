import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder shell until the app UI lands.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>CoALM Booking Agent</h1>
      </main>
    </StrictMode>,
  );
}
