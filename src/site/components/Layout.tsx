import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

import { useSiteInfo } from '../site-info';

/** The site's navigation, in order: real links, the current page marked for screen readers. */
const NAV_ITEMS: readonly { href: string; label: string }[] = [
  { href: '/', label: '信用信息查询' },
  { href: '/objections/status', label: '异议进度查询' },
  { href: '/verify', label: '信用报告核验' },
  { href: '/privacy', label: '隐私政策' },
];

function isCurrent(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** Header, navigation and footer around every page; who runs the site comes from its configuration. */
export function Layout({ children }: { children: ReactNode }) {
  const info = useSiteInfo();
  const [location] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        跳到正文
      </a>
      <header className="site-header">
        <Link href="/" className="site-name">
          {info.name}
        </Link>
        <nav aria-label="主导航" className="site-nav">
          <ul>
            {NAV_ITEMS.map(item => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent(item.href, location) ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer" data-testid="site-footer">
        <p>
          本站信息来自各部门依法报送的公共信用信息，仅展示依法向社会公开的内容。对信息有异议的，可在记录详情页提出异议申请。
        </p>
        <p>
          <span>主办单位：{info.operator}</span>
          {info.address && <span>地址：{info.address}</span>}
        </p>
        <p>
          {info.contactPhone && <span>联系电话：{info.contactPhone}</span>}
          {info.contactEmail && (
            <span>
              电子邮箱：<a href={`mailto:${info.contactEmail}`}>{info.contactEmail}</a>
            </span>
          )}
          <Link href="/privacy">隐私政策</Link>
        </p>
        <p>
          <a href="https://beian.miit.gov.cn/" rel="noreferrer" target="_blank">
            {info.icp}
          </a>
          {info.publicSecurityRecord && <span>{info.publicSecurityRecord}</span>}
        </p>
      </footer>
    </>
  );
}
