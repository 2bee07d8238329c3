import { Card, Descriptions, Space } from 'antd';

import type { SiteListEntryFragment } from '../__generated__/graphql';
import { validUntil } from '../labels';
import { ObjectionTag } from './DisclosureBadge';
import { EmptyText } from './Notice';
import { ObjectionButton } from './ObjectionForm';

/** 守信激励 (red list) or 失信惩戒 (black list) entries of a subject. */
export function ListEntries({
  entries,
  label,
  onChange,
}: {
  entries: readonly SiteListEntryFragment[];
  label: string;
  onChange: () => void;
}) {
  if (entries.length === 0) {
    return <EmptyText>暂无{label}信息。</EmptyText>;
  }
  return (
    <>
      {entries.map(entry => (
        <Card
          key={entry.id}
          size="small"
          className="record-card"
          data-testid="list-entry"
          title={<span className="doc-number">{entry.documentNumber}</span>}
          extra={
            <Space size={4}>
              <ObjectionTag open={entry.underObjection} />
              {!entry.underObjection && (
                <ObjectionButton
                  targetId={entry.id}
                  targetLabel={entry.documentNumber}
                  onFiled={onChange}
                />
              )}
            </Space>
          }
        >
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'authority', label: '认定部门', children: entry.listingAuthority },
              { key: 'listedOn', label: '列入日期', children: entry.listedOn },
              { key: 'validUntil', label: '有效期至', children: validUntil(entry.validUntil) },
              { key: 'reason', label: '列入事由', children: entry.reason },
              { key: 'basis', label: '认定依据', children: entry.basis },
            ]}
          />
        </Card>
      ))}
    </>
  );
}
