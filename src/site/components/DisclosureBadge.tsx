import { Tag, Tooltip } from 'antd';

import type { SiteDisclosureFragment } from '../__generated__/graphql';
import { DISCLOSURE } from '../labels';

/** 按时公示 / 逾期公示 of a record, with its 7-working-day deadline. */
export function DisclosureBadge({ disclosure }: { disclosure: SiteDisclosureFragment }) {
  const label = DISCLOSURE[disclosure.status];
  const late =
    disclosure.status === 'LATE' && disclosure.workingDaysLate !== null
      ? `（迟${disclosure.workingDaysLate}个工作日）`
      : '';
  const deadline = `公示期限 ${disclosure.deadline}${disclosure.provisional ? '（暂定）' : ''}`;
  return (
    <Tooltip title={deadline}>
      <Tag
        color={label.color}
        data-testid="disclosure-badge"
        aria-label={`${label.text}${late}，${deadline}`}
      >
        {label.text}
        {late}
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
