import { ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, lazy } from 'react';
import { Provider } from 'urql';
import { Link, Route, Switch } from 'wouter';

import { client } from './client';
import { SearchPage } from './pages/SearchPage';

// The search page comes with the first load; the others load when they are first opened.
const SubjectPage = lazy(() => import('./pages/SubjectPage'));
const RecordPage = lazy(() => import('./pages/RecordPage'));
const ReportPage = lazy(() => import('./pages/ReportPage'));
const ObjectionStatusPage = lazy(() => import('./pages/ObjectionStatusPage'));
const OfficeReportsPage = lazy(() => import('./pages/OfficeReportsPage'));

const theme = { token: { colorPrimary: '#b71c1c', borderRadius: 4 } };

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <Provider value={client}>
        <a className="skip-link" href="#main">
          跳到正文
        </a>
        <header className="site-header">
          <Link href="/">公共信用信息查询</Link>
          <span>行政许可 · 行政处罚 · 守信激励 · 失信惩戒</span>
          <Link href="/objections/status">异议进度查询</Link>
        </header>
        <main id="main" className="site-main" tabIndex={-1}>
          <Suspense fallback={<Spin size="large" tip="加载中" fullscreen />}>
            <Switch>
              <Route path="/" component={SearchPage} />
              <Route path="/subjects/:code/report" component={ReportPage} />
              <Route path="/subjects/:code" component={SubjectPage} />
              <Route path="/records/:id" component={RecordPage} />
              <Route path="/objections/status" component={ObjectionStatusPage} />
              <Route path="/office/reports" component={OfficeReportsPage} />
              <Route>
                <Result
                  status="404"
                  title="页面不存在"
                  extra={<Link href="/">返回首页查询</Link>}
                />
              </Route>
            </Switch>
          </Suspense>
        </main>
        <footer className="site-footer">
          本站信息来自各部门依法报送的公共信用信息，仅展示依法向社会公开的内容。对信息有异议的，可在记录详情页提出异议申请。
        </footer>
      </Provider>
    </ConfigProvider>
  );
}
