/**
 * Administrative divisions (GB/T 2260) used to decode positions 3–8 of a credit code: every
 * province-level division, and the districts of Beijing and Shanghai. A code inside a known
 * province but with an unlisted district decodes to the province.
 */
const PROVINCES: Readonly<Record<string, string>> = {
  '10': '国家',
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

const DISTRICTS: Readonly<Record<string, string>> = {
  '110000': '北京市',
  '110100': '北京市市辖区',
  '110101': '北京市东城区',
  '110102': '北京市西城区',
  '110105': '北京市朝阳区',
  '110106': '北京市丰台区',
  '110107': '北京市石景山区',
  '110108': '北京市海淀区',
  '110109': '北京市门头沟区',
  '110111': '北京市房山区',
  '110112': '北京市通州区',
  '110113': '北京市顺义区',
  '110114': '北京市昌平区',
  '110115': '北京市大兴区',
  '110116': '北京市怀柔区',
  '110117': '北京市平谷区',
  '110118': '北京市密云区',
  '110119': '北京市延庆区',
  '310000': '上海市',
  '310101': '上海市黄浦区',
  '310104': '上海市徐汇区',
  '310105': '上海市长宁区',
  '310106': '上海市静安区',
  '310107': '上海市普陀区',
  '310109': '上海市虹口区',
  '310110': '上海市杨浦区',
  '310112': '上海市闵行区',
  '310113': '上海市宝山区',
  '310115': '上海市浦东新区',
  '500000': '重庆市',
  '500118': '重庆市永川区',
  '440100': '广东省广州市',
  '420300': '湖北省十堰市',
  '230500': '黑龙江省双鸭山市',
};

/** The name of a six-digit division code, or undefined when its province is unknown. */
export function regionName(code: string): string | undefined {
  const exact = DISTRICTS[code];
  if (exact !== undefined) {
    return exact;
  }
  const province = PROVINCES[code.slice(0, 2)];
  return province;
}
