import { type and, allow, deny, rule } from 'graphql-shield';

import { Role } from '../auth/viewer.js';
import type { Context } from '../context.types.js';

/** Any rule graphql-shield accepts: a rule, or allow/deny and their combinations. */
export type ShieldRule = Parameters<typeof and>[number];

const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();
const rolesByRule = new WeakMap<object, readonly Role[]>();

/**
 * A rule that holds when the caller acts in one of the roles. Viewer-only, so cached per request.
 * One rule per set of roles, whatever their order: shield wants one rule per name.
 */
export function hasRole(...roles: Role[]) {
  const name = `hasRole(${[...new Set(roles)].sort().join(',')})`;
  let found = roleRules.get(name);
  if (found === undefined) {
    found = rule(name, { cache: 'contextual' })((_parent: unknown, _args: unknown, ctx: Context) =>
      roles.includes(ctx.viewer.role),
    );
    roleRules.set(name, found);
    rolesByRule.set(found, Object.freeze([...new Set(roles)]));
  }
  return found;
}

/**
 * What a rule decides for a role without running it: true or false for `allow`, `deny` and
 * the viewer-only `hasRole` rules, undefined for any rule that looks at more than the role.
 */
export function ruleAllowsRole(candidate: ShieldRule | undefined, role: Role): boolean | undefined {
  if (candidate === allow) {
    return true;
  }
  if (candidate === undefined || candidate === deny) {
    return false;
  }
  const roles = rolesByRule.get(candidate);
  return roles === undefined ? undefined : roles.includes(role);
}

export const isAdmin = hasRole(Role.ADMIN);
export const isProviderOrAdmin = hasRole(Role.PROVIDER, Role.ADMIN);
export const isOversightOrProvider = hasRole(Role.REGULATOR, Role.ADMIN, Role.PROVIDER);
export const isInstitution = hasRole(Role.INSTITUTION);
export const isAdminOrInstitution = hasRole(Role.ADMIN, Role.INSTITUTION);

/** The same rule for each of the named fields: a rule-map slice that lists every field. */
export function fields<const F extends string>(
  rule: ShieldRule,
  names: readonly F[],
): Record<F, ShieldRule> {
  return Object.fromEntries(names.map(name => [name, rule])) as Record<F, ShieldRule>;
}
