import { Alert, Card, Input, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';

import { analyzeCreditCode } from '../../modules/credit-code/credit-code';
import { SiteSearchCursorDocument, SiteSearchDocument } from '../__generated__/graphql';
import { Highlight } from '../components/Highlight';
import { EmptyText } from '../components/Notice';
import { Pager, useCursorPages } from '../components/Pager';
import { CATEGORY, approximately, chinesePart, representativeLabel } from '../labels';
import { usePageMeta } from '../site-info';

const PAGE_SIZE = 10;

/**
 * What the search box makes of its input: a credit code is checked here with the server's own
 * rule (GB 32100) and opens the profile; anything else is a name, or the start of a code.
 */
function interpretQuery(
  input: string,
):
  | { kind: 'code'; code: string }
  | { kind: 'text'; text: string }
  | { kind: 'error'; message: string } {
  const text = input.trim();
  if (/^[0-9A-Za-z]{15,}$/.test(text)) {
    const analysis = analyzeCreditCode(text);
    return analysis.valid
      ? { kind: 'code', code: analysis.code }
      : { kind: 'error', message: `统一社会信用代码有误：${chinesePart(analysis.reason ?? '')}` };
  }
  if ([...text].length < 2) {
    return { kind: 'error', message: '请输入至少2个字的名称，或统一社会信用代码。' };
  }
  if ([...text].length > 100) {
    return { kind: 'error', message: '查询内容不能超过100个字。' };
  }
  return { kind: 'text', text };
}

export function SearchPage() {
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const [, navigate] = useLocation();
  const [input, setInput] = useState(query);
  const [problem, setProblem] = useState<string | null>(null);
  const client = useClient();
  /** The cursor before page `target`: the results before it walked 100 at a time. */
  const locate = useCallback(
    async (target: number) => {
      let remaining = (target - 1) * PAGE_SIZE;
      let after = null as string | null;
      while (remaining > 0) {
        const first = Math.min(100, remaining);
        const r = await client.query(SiteSearchCursorDocument, { query, first, after }).toPromise();
        if (r.error || !r.data) {
          throw r.error ?? new Error('search failed');
        }
        after = r.data.searchSubjects.pageInfo.endCursor ?? after;
        remaining -= first;
        if (!r.data.searchSubjects.pageInfo.hasNextPage) {
          break;
        }
      }
      return after;
    },
    [client, query],
  );
  const pages = useCursorPages(locate);
  usePageMeta(
    query === '' ? ['信用信息查询'] : [`“${query}”的查询结果`, '信用信息查询'],
    query === ''
      ? '按企业名称或统一社会信用代码查询行政许可、行政处罚、守信激励和失信惩戒等公共信用信息。'
      : `与“${query}”相关的主体及其公共信用信息。`,
  );
  const { reset } = pages;

  useEffect(() => {
    setInput(query);
    reset();
  }, [query, reset]);

  const [result] = useQuery({
    query: SiteSearchDocument,
    variables: { query, after: pages.after },
    pause: query === '',
  });

  const submit = (value: string) => {
    const interpreted = interpretQuery(value);
    if (interpreted.kind === 'error') {
      setProblem(interpreted.message);
      return;
    }
    setProblem(null);
    if (interpreted.kind === 'code') {
      navigate(`/subjects/${interpreted.code}`);
    } else {
      navigate(`/?q=${encodeURIComponent(interpreted.text)}`);
    }
  };

  const connection = result.data?.searchSubjects;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          信用信息查询
        </Typography.Title>
        <form
          role="search"
          onSubmit={event => {
            event.preventDefault();
            submit(input);
          }}
        >
          <Input.Search
            aria-label="企业名称或统一社会信用代码"
            name="q"
            size="large"
            placeholder="输入企业名称或统一社会信用代码"
            enterButton="查询"
            value={input}
            onChange={event => setInput(event.target.value)}
            onSearch={submit}
            allowClear
          />
        </form>
        {problem !== null && (
          <Alert style={{ marginTop: 12 }} type="error" showIcon message={problem} role="alert" />
        )}
      </Card>

      {query !== '' && (
        <section aria-label="查询结果" aria-busy={result.fetching}>
          {result.fetching && <Spin description="查询中" />}
          {result.error && (
            <Alert type="error" showIcon message="查询失败" description={result.error.message} />
          )}
          {connection && connection.totalCount === 0 && (
            <EmptyText>未找到与“{query}”相关的主体。</EmptyText>
          )}
          {connection && connection.totalCount > 0 && (
            <>
              <Typography.Paragraph>
                {connection.totalCountExact
                  ? `与“${query}”相关的主体共 ${connection.totalCount} 个`
                  : `与“${query}”相关的主体约 ${approximately(connection.totalCount)}家`}
              </Typography.Paragraph>
              <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="search-results">
                {connection.edges.map(({ node, highlights }) => (
                  <li key={node.code} style={{ marginBottom: 12 }}>
                    <Card size="small">
                      <Space wrap align="center">
                        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                          <Link href={`/subjects/${node.code}`}>
                            <Highlight text={node.name} ranges={highlights} />
                          </Link>
                        </Typography.Title>
                        {node.black.length > 0 && (
                          <Tag color="red" data-testid="dishonest-flag">
                            失信
                          </Tag>
                        )}
                      </Space>
                      <Space wrap style={{ marginTop: 8 }}>
                        <span>
                          统一社会信用代码：
                          <span className="code">
                            <Highlight text={node.code} query={query} />
                          </span>
                        </span>
                        <Tag>{CATEGORY[node.category]}</Tag>
                        {node.regionName && <span>{node.regionName}</span>}
                        {node.legalRepresentative && (
                          <span>
                            {representativeLabel(node.category)}：{node.legalRepresentative}
                          </span>
                        )}
                      </Space>
                    </Card>
                  </li>
                ))}
              </ol>
              <Pager
                label="查询结果"
                page={pages.page}
                pageSize={PAGE_SIZE}
                totalCount={connection.totalCount}
                totalExact={connection.totalCountExact}
                hasNextPage={connection.pageInfo.hasNextPage}
                endCursor={connection.pageInfo.endCursor}
                onNext={pages.next}
                onPrevious={pages.previous}
                onJump={pages.jump}
              />
            </>
          )}
        </section>
      )}
    </Space>
  );
}
