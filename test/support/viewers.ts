import { Role, type Viewer } from '../../src/auth/viewer.js';
import { DEMO_DEPARTMENTS } from '../../seeds/demo.seed.js';
import { composeCreditCode } from '../../src/modules/credit-code/index.js';

export const AMR = DEMO_DEPARTMENTS[0]!;
export const ECO = DEMO_DEPARTMENTS[1]!;

export const viewers = {
  anonymous: { role: Role.PUBLIC, keyId: null, organizationName: null, organizationCode: null },
  admin: {
    role: Role.ADMIN,
    keyId: null,
    organizationName: '市信用办',
    organizationCode: composeCreditCode('11', '110000', '00001234'),
  },
  regulator: {
    role: Role.REGULATOR,
    keyId: null,
    organizationName: '北京市发展和改革委员会',
    organizationCode: composeCreditCode('11', '110000', '00001111'),
  },
  institution: {
    role: Role.INSTITUTION,
    keyId: null,
    organizationName: '某商业银行北京分行',
    organizationCode: composeCreditCode('91', '110000', '10001000'),
  },
  provider: {
    role: Role.PROVIDER,
    keyId: null,
    organizationName: AMR.name,
    organizationCode: AMR.code,
  },
  otherProvider: {
    role: Role.PROVIDER,
    keyId: null,
    organizationName: ECO.name,
    organizationCode: ECO.code,
  },
} satisfies Record<string, Viewer>;
