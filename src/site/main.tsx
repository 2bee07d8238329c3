import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { loadSiteInfo } from './site-info';
import './site.css';

const root = createRoot(document.getElementById('root')!);
loadSiteInfo().then(
  info =>
    root.render(
      <StrictMode>
        <App info={info} />
      </StrictMode>,
    ),
  (error: unknown) => {
    document.getElementById('root')!.textContent =
      `站点配置加载失败，请稍后刷新重试。（${error instanceof Error ? error.message : String(error)}）`;
  },
);
