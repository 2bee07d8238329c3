import { Card, Typography } from 'antd';

import { usePageMeta, useSiteInfo } from '../site-info';

/** 隐私政策: what the site collects and why, and whom to ask; the operator from the configuration. */
export default function PrivacyPage() {
  const info = useSiteInfo();
  usePageMeta(['隐私政策'], `${info.name}如何收集、使用和保护您的个人信息。`);
  const contact = [
    info.contactPhone && `电话 ${info.contactPhone}`,
    info.contactEmail && `电子邮箱 ${info.contactEmail}`,
    info.address && `地址 ${info.address}`,
  ].filter(Boolean);
  return (
    <Card>
      <article className="privacy">
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          隐私政策
        </Typography.Title>
        <Typography.Paragraph>
          {info.name}由{info.operator}
          主办。我们依照《中华人民共和国个人信息保护法》和公共信用信息管理的有关规定处理个人信息，本政策说明本站收集哪些信息、用于何处以及您享有的权利。
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          一、公开的信用信息
        </Typography.Title>
        <Typography.Paragraph>
          本站仅展示各部门依法报送、依法应当向社会公开的法人和非法人组织、个体工商户的公共信用信息。自然人的信用信息不向社会公开；身份证件号码等个人信息不在本站展示。
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          二、查询和信用报告
        </Typography.Title>
        <Typography.Paragraph>
          查询无需注册或登录，本站不使用 Cookie
          跟踪访问者。为防止滥用，服务器在短时间内按访问地址统计请求次数。生成信用报告时，平台记录报告内容、生成时间和核验码，供他人核验报告真伪。
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          三、提出异议
        </Typography.Title>
        <Typography.Paragraph>
          提出异议时，您填写的姓名、联系方式、异议理由和证明材料说明仅用于受理和答复异议，由
          {info.operator}
          和相关数据提供单位在办理中使用，不对外公开。联系方式用于统计每日提交次数，防止恶意提交。
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          四、联系我们
        </Typography.Title>
        <Typography.Paragraph>
          对本政策或您的个人信息处理有疑问的，请联系{info.operator}
          {contact.length > 0 ? `：${contact.join('；')}。` : '。'}
        </Typography.Paragraph>
      </article>
    </Card>
  );
}
