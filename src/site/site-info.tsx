import { createContext, useContext, useEffect } from 'react';

import type { SiteInfo } from '../http/site-info';

/** Who runs the site, as the server's configuration gives it (GET /site.json). */
const SiteInfoContext = createContext<SiteInfo | null>(null);

export const SiteInfoProvider = SiteInfoContext.Provider;

export function useSiteInfo(): SiteInfo {
  const info = useContext(SiteInfoContext);
  if (info === null) {
    throw new Error('useSiteInfo outside SiteInfoProvider');
  }
  return info;
}

/** The site's configuration, read once before the first page is drawn. */
export async function loadSiteInfo(): Promise<SiteInfo> {
  const response = await fetch('/site.json', { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`/site.json answered ${response.status}`);
  }
  return (await response.json()) as SiteInfo;
}

/**
 * The page's title and meta description: its own parts, most specific first, then the site's
 * name ("某某公司 - 信用信息 - 信用北京"). Parts that are still loading (null) are left out.
 */
export function usePageMeta(parts: readonly (string | null | undefined)[], description: string) {
  const { name } = useSiteInfo();
  const title = [...parts.filter((part): part is string => !!part), name].join(' - ');
  useEffect(() => {
    document.title = title;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (meta === null) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [title, description]);
}
