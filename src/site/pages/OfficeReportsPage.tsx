import { Alert, Button, Card, DatePicker, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';

import { usePageMeta } from '../site-info';

/** A day the range picker gives (a dayjs object, read only through `format`). */
interface PickedDay {
  format(template: string): string;
}

interface Values {
  apiKey: string;
  period: [PickedDay, PickedDay];
}

const REPORTS = [
  { name: 'collection', title: '归集统计（跟踪问效）', note: '信用办' },
  { name: 'disclosure', title: '双公示时效统计', note: '信用办、监管部门；数据提供单位看本单位' },
  { name: 'rejections', title: '退回明细', note: '信用办；数据提供单位看本单位报送' },
] as const;

const MESSAGES: Record<number, string> = {
  400: '参数有误，请检查统计期间。',
  401: 'API 密钥无效，请重新输入。',
  403: '该密钥的角色无权下载此报表。',
};

/** The file name the server gives (RFC 5987 `filename*`), or a plain one. */
function fileName(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '')?.[1];
  return encoded === undefined ? fallback : decodeURIComponent(encoded);
}

/**
 * 信用办 报表 (`/office/reports`): the office's reports (`GET /reports/…`) as XLSX or CSV for a
 * period, downloaded with the API key the user types in. The key stays in this page's memory
 * and goes only with these downloads, never to the public API the rest of the site uses.
 */
export default function OfficeReportsPage() {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  usePageMeta(
    ['信用办 报表'],
    '信用办、监管部门和数据提供单位凭 API 密钥下载归集统计、双公示时效统计和退回明细报表。',
  );

  const download = async (report: string, format: 'xlsx' | 'csv') => {
    setError(null);
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const [from, to] = values.period.map(d => d.format('YYYY-MM-DD'));
    setBusy(`${report}.${format}`);
    try {
      const response = await fetch(`/reports/${report}.${format}?from=${from}&to=${to}`, {
        headers: { authorization: `Bearer ${values.apiKey.trim()}` },
      });
      if (!response.ok) {
        setError(MESSAGES[response.status] ?? '下载未成功，请稍后再试。');
        return;
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(
        response.headers.get('content-disposition'),
        `${report}-${from}-${to}.${format}`,
      );
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          信用办 报表
        </Typography.Title>
      }
    >
      <Typography.Paragraph>
        输入信用办、监管部门或数据提供单位的 API 密钥和统计期间，下载 Excel（XLSX）或 CSV
        报表。密钥只用于本次下载，不会保存。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" requiredMark>
        <Form.Item
          label="API 密钥"
          name="apiKey"
          rules={[{ required: true, whitespace: true, message: '请输入 API 密钥' }]}
        >
          <Input.Password autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="统计期间"
          name="period"
          rules={[{ required: true, message: '请选择统计期间' }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
      </Form>
      {error !== null && (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />
      )}
      <Space orientation="vertical" style={{ width: '100%' }}>
        {REPORTS.map(report => (
          <Card key={report.name} size="small" title={report.title} extra={report.note}>
            <Space wrap>
              {(['xlsx', 'csv'] as const).map(format => (
                <Button
                  key={format}
                  loading={busy === `${report.name}.${format}`}
                  onClick={() => void download(report.name, format)}
                >
                  下载 {format.toUpperCase()}
                </Button>
              ))}
            </Space>
          </Card>
        ))}
      </Space>
    </Card>
  );
}
