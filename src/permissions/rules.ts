import { type and, rule } from 'graphql-shield';

import { Role } from '../auth/viewer.js';
import type { Context } from '../context.types.js';

/** Any rule graphql-shield accepts: a rule, or allow/deny and their combinations. */
export type ShieldRule = Parameters<typeof and>[number];

/** A rule that holds when the caller acts in one of the roles. Viewer-only, so cached per request. */
export function hasRole(...roles: Role[]) {
  return rule(`hasRole(${roles.join(',')})`, { cache: 'contextual' })(
    (_parent: unknown, _args: unknown, ctx: Context) => roles.includes(ctx.viewer.role),
  );
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
