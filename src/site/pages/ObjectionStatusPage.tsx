import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useClient } from 'urql';

import {
  SiteObjectionStatusDocument,
  type SiteObjectionStatusQuery,
} from '../__generated__/graphql';
import { chinaTime } from '../labels';
import { usePageMeta } from '../site-info';

type Found = NonNullable<SiteObjectionStatusQuery['objectionStatus']>;

const STATUS: Record<Found['status'], string> = {
  FILED: '已提交，待信用办受理',
  ACCEPTED: '已受理，数据提供单位核查中（异议处理中）',
  REJECTED: '不予受理',
  DECIDED: '已办结',
};

const OUTCOME: Record<NonNullable<Found['outcome']>, string> = {
  CORRECTED: '更正：数据提供单位已更正该信息',
  REVOKED: '撤销：该信息已撤销，不再公示',
  UPHELD: '维持：经核查，原信息无误',
};

interface Values {
  trackingNumber: string;
  contact: string;
}

/**
 * 异议进度查询 (`/objections/status`): the 受理编号 and the contact given on filing show where
 * the objection stands and, once decided, the outcome with the department's reason. Both must
 * match (`objectionStatus`); the page says nothing about which one did not.
 */
export default function ObjectionStatusPage() {
  const client = useClient();
  const [found, setFound] = useState<Found | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  usePageMeta(
    ['异议进度查询'],
    '输入提交异议时获得的受理编号和联系方式，查询异议的受理和办理进度及处理结果。',
  );

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    const result = await client
      .query(SiteObjectionStatusDocument, values, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (result.error) {
      const code = result.error.graphQLErrors[0]?.extensions['code'];
      setError(
        code === 'OBJECTION_LIMIT_REACHED'
          ? '今日查询次数已达上限，请明日再试。'
          : '查询未成功，请稍后再试。',
      );
      setFound(undefined);
      return;
    }
    setFound(result.data?.objectionStatus ?? null);
  };

  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          异议进度查询
        </Typography.Title>
      }
    >
      <Typography.Paragraph>
        请输入提交异议时获得的受理编号，以及提交时填写的手机号码或电子邮箱。
      </Typography.Paragraph>
      <Form<Values> layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          label="受理编号"
          name="trackingNumber"
          rules={[{ required: true, whitespace: true, message: '请填写受理编号' }]}
        >
          <Input placeholder="如 YY-20261203-7K3M9Q2XHD" autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="联系方式"
          name="contact"
          rules={[{ required: true, whitespace: true, message: '请填写手机号码或电子邮箱' }]}
        >
          <Input autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          查询
        </Button>
      </Form>
      {error !== null && <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} />}
      {found === null && (
        <Alert
          style={{ marginTop: 16 }}
          type="warning"
          showIcon
          message="未找到对应的异议"
          description="请核对受理编号和联系方式是否与提交时一致。"
        />
      )}
      {found && (
        <Descriptions
          style={{ marginTop: 16 }}
          bordered
          column={1}
          size="small"
          data-testid="objection-status"
          items={[
            { key: 'n', label: '受理编号', children: found.trackingNumber },
            { key: 's', label: '办理状态', children: STATUS[found.status] },
            { key: 'f', label: '提交时间', children: chinaTime(found.filedAt) },
            { key: 'd', label: '受理期限', children: found.acceptDue },
            ...(found.acceptedAt
              ? [{ key: 'a', label: '受理时间', children: chinaTime(found.acceptedAt) }]
              : []),
            ...(found.acceptanceNote
              ? [{ key: 'an', label: '受理意见', children: found.acceptanceNote }]
              : []),
            ...(found.answerDue
              ? [{ key: 'ad', label: '答复期限', children: found.answerDue }]
              : []),
            ...(found.outcome
              ? [{ key: 'o', label: '处理结果', children: OUTCOME[found.outcome] }]
              : []),
            ...(found.decisionNote
              ? [{ key: 'r', label: '处理理由', children: found.decisionNote }]
              : []),
            ...(found.decidedAt
              ? [{ key: 't', label: '办结时间', children: chinaTime(found.decidedAt) }]
              : []),
          ]}
        />
      )}
    </Card>
  );
}
