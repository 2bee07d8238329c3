import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';

/**
 * Forward cursor paging (Relay `first`/`after`) with a way back: the cursors of the pages seen
 * so far are kept, so 上一页 returns to exactly the page that was shown.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback((endCursor: string) => setCursors(c => [...c, endCursor]), []);
  const previous = useCallback(() => setCursors(c => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { page, after, next, previous, reset };
}

export function Pager(props: {
  label: string;
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}) {
  const pages = Math.max(1, Math.ceil(props.totalCount / props.pageSize));
  if (pages <= 1) {
    return null;
  }
  return (
    <nav aria-label={`${props.label}分页`} style={{ marginTop: 16 }}>
      <Space wrap>
        <Button onClick={props.onPrevious} disabled={props.page <= 1}>
          上一页
        </Button>
        <Typography.Text data-testid="page-indicator">
          第 {props.page} / {pages} 页，共 {props.totalCount} 条
        </Typography.Text>
        <Button
          onClick={() => props.endCursor && props.onNext(props.endCursor)}
          disabled={!props.hasNextPage || !props.endCursor}
        >
          下一页
        </Button>
      </Space>
    </nav>
  );
}
