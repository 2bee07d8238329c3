import { Alert, Button, Form, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';

import {
  SiteFileObjectionDocument,
  type SiteFileObjectionMutation,
} from '../__generated__/graphql';
import { chinaTime } from '../labels';

interface Values {
  filerName: string;
  filerContact: string;
  grounds: string;
  evidence?: string;
}

/** A mainland mobile number (+86 and separators allowed) or an e-mail address, as the API takes. */
const CONTACT = /^(?:(?:\+?86)?[\s-]?1[3-9]\d(?:[\s-]?\d){8}|[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+)$/;

/**
 * 提出异议: anyone may object to a record or a list entry (DESIGN §3.4). The form checks what
 * the API checks (required fields and their lengths) before sending, and shows the API's own
 * message for anything else; on success it confirms with the objection's number and the date
 * by which the credit office accepts or rejects it.
 */
export function ObjectionButton({
  targetId,
  targetLabel,
  onFiled,
}: {
  targetId: string;
  targetLabel: string;
  onFiled: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [filed, setFiled] = useState<SiteFileObjectionMutation['fileObjection'] | null>(null);
  const [state, fileObjection] = useMutation(SiteFileObjectionDocument);
  const [form] = Form.useForm<Values>();

  const close = () => {
    setOpen(false);
    if (filed !== null) {
      setFiled(null);
      form.resetFields();
      onFiled();
    }
  };

  const submit = async (values: Values) => {
    const result = await fileObjection({
      input: {
        targetId,
        filerName: values.filerName.trim(),
        filerContact: values.filerContact.trim(),
        grounds: values.grounds.trim(),
        evidence: values.evidence?.trim() || null,
      },
    });
    if (result.data?.fileObjection) {
      setFiled(result.data.fileObjection);
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>提出异议</Button>
      <Modal
        open={open}
        title={`对“${targetLabel}”提出异议`}
        onCancel={close}
        footer={null}
        destroyOnHidden
        // A click outside the dialog must not throw away what was typed: it opens with a zoom
        // from the button, and a click that lands while it grows would otherwise hit the mask.
        mask={{ closable: false }}
      >
        {filed !== null ? (
          <Result
            status="success"
            title="异议已提交"
            subTitle={
              <>
                受理编号 <strong data-testid="tracking-number">{filed.trackingNumber}</strong>
                ，提交时间 {chinaTime(filed.filedAt)}。信用办将于 {filed.acceptDue}{' '}
                前决定是否受理，受理后由数据提供单位在10个工作日内答复。请保存受理编号，凭编号和联系方式在{' '}
                <a href="/objections/status">异议进度查询</a> 查看办理进度。
              </>
            }
            extra={
              <Button type="primary" onClick={close}>
                完成
              </Button>
            }
          />
        ) : (
          <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
            <Form.Item
              label="姓名"
              name="filerName"
              rules={[
                { required: true, whitespace: true, message: '请填写姓名' },
                { max: 100, message: '姓名不能超过100个字' },
              ]}
            >
              <Input autoComplete="name" />
            </Form.Item>
            <Form.Item
              label="联系方式"
              name="filerContact"
              extra="手机号码或电子邮箱"
              rules={[
                { required: true, whitespace: true, message: '请填写联系方式' },
                { max: 200, message: '联系方式不能超过200个字' },
                { pattern: CONTACT, message: '请填写有效的手机号码或电子邮箱' },
              ]}
            >
              <Input autoComplete="tel" />
            </Form.Item>
            <Form.Item
              label="异议理由"
              name="grounds"
              rules={[
                { required: true, whitespace: true, message: '请填写异议理由' },
                { min: 10, message: '请具体说明异议理由（至少10个字）' },
                { max: 4000, message: '异议理由不能超过4000个字' },
              ]}
            >
              <Input.TextArea rows={4} showCount maxLength={4000} />
            </Form.Item>
            <Form.Item
              label="证明材料"
              name="evidence"
              extra="材料名称或获取方式，可不填"
              rules={[{ max: 4000, message: '证明材料说明不能超过4000个字' }]}
            >
              <Input.TextArea rows={2} />
            </Form.Item>
            {state.error && (
              <Alert
                style={{ marginBottom: 16 }}
                type="error"
                showIcon
                role="alert"
                message="提交失败"
                description={state.error.graphQLErrors[0]?.message ?? state.error.message}
              />
            )}
            <Button type="primary" htmlType="submit" loading={state.fetching}>
              提交异议
            </Button>
          </Form>
        )}
      </Modal>
    </>
  );
}
