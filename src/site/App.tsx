import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, lazy } from 'react';
import { Provider } from 'urql';
import { Link, Route, Switch } from 'wouter';

import type { SiteInfo } from '../http/site-info';
import { client } from './client';
import { Layout } from './components/Layout';
import { Notice } from './components/Notice';
import { SearchPage } from './pages/SearchPage';
import { SiteInfoProvider, usePageMeta } from './site-info';

// The search page comes with the first load; the others load when they are first opened.
const SubjectPage = lazy(() => import('./pages/SubjectPage'));
const RecordPage = lazy(() => import('./pages/RecordPage'));
const ReportPage = lazy(() => import('./pages/ReportPage'));
const ObjectionStatusPage = lazy(() => import('./pages/ObjectionStatusPage'));
const OfficeReportsPage = lazy(() => import('./pages/OfficeReportsPage'));
const VerifyPage = lazy(() => import('./pages/VerifyPage'));
const PrivacyPage = lazy(() => import('./pages/PrivacyPage'));

/**
 * The site's colours. antd's default link blue (#1677ff) and its grey for secondary text and
 * description labels (45% black) read below WCAG AA's 4.5:1 on white and on the page's
 * background; these are darker shades of the same palette, above it (tags: site.css).
 */
const theme = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#0958d9',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    borderRadius: 4,
  },
};

function NotFound() {
  usePageMeta(['页面不存在'], '您访问的页面不存在。');
  return (
    <Notice level="h1" title="页面不存在" action={<Link href="/">返回首页查询</Link>}>
      您访问的地址没有对应的页面，请检查地址是否正确。
    </Notice>
  );
}

export function App({ info }: { info: SiteInfo }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <SiteInfoProvider value={info}>
        <Provider value={client}>
          <Layout>
            <Suspense fallback={<Spin size="large" description="加载中" fullscreen />}>
              <Switch>
                <Route path="/" component={SearchPage} />
                <Route path="/subjects/:code/report" component={ReportPage} />
                <Route path="/subjects/:code" component={SubjectPage} />
                <Route path="/records/:id" component={RecordPage} />
                <Route path="/verify" component={VerifyPage} />
                <Route path="/privacy" component={PrivacyPage} />
                <Route path="/objections/status" component={ObjectionStatusPage} />
                <Route path="/office/reports" component={OfficeReportsPage} />
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </Layout>
        </Provider>
      </SiteInfoProvider>
    </ConfigProvider>
  );
}
