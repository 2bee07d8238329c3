import { registerEnumType } from 'type-graphql';

/** The five roles of DESIGN §2. */
export enum Role {
  PUBLIC = 'PUBLIC',
  INSTITUTION = 'INSTITUTION',
  REGULATOR = 'REGULATOR',
  PROVIDER = 'PROVIDER',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Who is calling; decides what the caller may do and see.',
  valuesConfig: {
    PUBLIC: {
      description: 'Anyone, without a key: published public-scope records, no personal data.',
    },
    INSTITUTION: {
      description:
        'A bank or credit agency: public view plus records of subjects that authorised it.',
    },
    REGULATOR: {
      description: 'A government department checking subjects: everything, every query logged.',
    },
    PROVIDER: {
      description: 'A department that submits records (数据来源单位): its own submissions.',
    },
    ADMIN: {
      description: 'The credit office (信用办): everything, plus keys, catalog and calendar.',
    },
  },
});

/** The authenticated caller of one request. */
export interface Viewer {
  role: Role;
  /** The API key's id; null for the public. */
  keyId: string | null;
  organizationName: string | null;
  organizationCode: string | null;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({
  role: Role.PUBLIC,
  keyId: null,
  organizationName: null,
  organizationCode: null,
});
