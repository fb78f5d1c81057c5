import '@fontsource/sarabun/thai-400.css';
import '@fontsource/sarabun/latin-400.css';
import '@fontsource/sarabun/thai-700.css';
import '@fontsource/sarabun/latin-700.css';
import './styles/app.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { router } from './app/routes';
import { ViewerProvider } from './app/viewer';
import { apolloClient } from './lib/client';
import { i18n, startLanguage } from './lib/i18n';
import { ToastProvider } from './ui/Toast';

await startLanguage();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apolloClient}>
        <ViewerProvider>
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </ViewerProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
