import { Tag, Tooltip } from 'antd';

import type { SiteDisclosureFragment } from '../__generated__/graphql';
import { DISCLOSURE, latenessText } from '../labels';

/**
 * Whether the record reached the public in time. A late one is said as its department's
 * ("XX局 迟报 3 个工作日"): the disclosure deadline binds the source unit, not the subject.
 */
export function DisclosureBadge({
  disclosure,
  sourceUnit,
}: {
  disclosure: SiteDisclosureFragment;
  sourceUnit: string;
}) {
  const label = DISCLOSURE[disclosure.status];
  const text = latenessText(disclosure, sourceUnit);
  const late = disclosure.status === 'LATE' || disclosure.status === 'OVERDUE';
  const deadline = `公示时限 ${disclosure.deadline}${disclosure.provisional ? '（暂定）' : ''}`;
  const explanation = late
    ? `${deadline}：数据来源单位未在时限内报送公示，与行政相对人无关`
    : deadline;
  return (
    <Tooltip title={explanation}>
      <Tag color={late ? 'default' : label.color} data-testid="disclosure-badge" className="nowrap">
        {text}
        <span className="visually-hidden">（{explanation}）</span>
      </Tag>
    </Tooltip>
  );
}

/** 异议处理中: shown to everyone while an objection against the record is open. */
export function ObjectionTag({ open }: { open: boolean }) {
  return open ? (
    <Tag color="purple" data-testid="under-objection">
      异议处理中
    </Tag>
  ) : null;
}
