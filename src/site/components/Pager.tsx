import { Button, InputNumber, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';

import { approximately } from '../labels';

/**
 * Forward cursor paging (Relay `first`/`after`) with a way back: the cursors of the pages seen
 * so far are kept, so 上一页 returns to exactly the page that was shown. With `locate` (the
 * `after` cursor of a page by its number), `jump` goes to any page, and 上一页 from a page
 * reached that way locates the one before it.
 */
export function useCursorPages(locate?: (page: number) => Promise<string | null>) {
  const [state, setState] = useState<{ cursors: (string | null)[]; base: number }>({
    cursors: [null],
    base: 1,
  });
  const page = state.base + state.cursors.length - 1;
  const after = state.cursors[state.cursors.length - 1] ?? null;
  const next = useCallback(
    (endCursor: string) => setState(s => ({ ...s, cursors: [...s.cursors, endCursor] })),
    [],
  );
  const jump = useCallback(
    async (target: number) => {
      if (target <= 1 || locate === undefined) {
        setState({ cursors: [null], base: 1 });
        return;
      }
      const cursor = await locate(target);
      setState({ cursors: [cursor], base: target });
    },
    [locate],
  );
  const previous = useCallback(() => {
    if (state.cursors.length > 1) {
      setState(s => ({ ...s, cursors: s.cursors.slice(0, -1) }));
    } else if (state.base > 1) {
      void jump(state.base - 1);
    }
  }, [state, jump]);
  const reset = useCallback(() => setState({ cursors: [null], base: 1 }), []);
  return { page, after, next, previous, reset, jump };
}

export function Pager(props: {
  label: string;
  page: number;
  pageSize: number;
  totalCount: number;
  /** False when totalCount is an estimate: the page count and total say 约. */
  totalExact?: boolean;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  /** Goes to a page by its number; without it there is no 跳至 box. */
  onJump?: (page: number) => void | Promise<void>;
}) {
  const pages = Math.max(1, Math.ceil(props.totalCount / props.pageSize));
  const [target, setTarget] = useState<number | null>(null);
  const [jumping, setJumping] = useState(false);
  if (pages <= 1) {
    return null;
  }
  const onJump = props.onJump;
  const go = async () => {
    if (onJump === undefined || target === null || target === props.page) {
      return;
    }
    setJumping(true);
    try {
      await onJump(Math.min(Math.max(1, Math.trunc(target)), pages));
    } finally {
      setJumping(false);
    }
  };
  return (
    <nav aria-label={`${props.label}分页`} className="pager">
      <Space wrap>
        <Button onClick={props.onPrevious} disabled={props.page <= 1}>
          上一页
        </Button>
        <Typography.Text data-testid="page-indicator" className="nowrap">
          {props.totalExact === false
            ? `第 ${props.page} 页，约 ${approximately(props.totalCount)}条`
            : `第 ${props.page} / ${pages} 页，共 ${props.totalCount} 条`}
        </Typography.Text>
        <Button
          onClick={() => props.endCursor && props.onNext(props.endCursor)}
          disabled={!props.hasNextPage || !props.endCursor}
        >
          下一页
        </Button>
        {onJump !== undefined && (
          <form
            className="page-jump"
            onSubmit={event => {
              event.preventDefault();
              void go();
            }}
          >
            <label htmlFor={`${props.label}-jump`}>跳至</label>
            <InputNumber
              id={`${props.label}-jump`}
              min={1}
              max={pages}
              precision={0}
              value={target}
              onChange={value => setTarget(value)}
              style={{ width: 80 }}
            />
            <span aria-hidden="true">页</span>
            <Button htmlType="submit" loading={jumping}>
              确定
            </Button>
          </form>
        )}
      </Space>
    </nav>
  );
}
