/**
 * Roles and what each may do: the one permission table of the product. The API's access
 * middleware (src/server/access.ts) consults only this; a route that names no permission is
 * refused (deny by default, ASVS v4.0.3-4.1.5).
 */
export const ROLES = ['admin', 'analyst', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Posts, threads, accounts, volume, breakdowns, top lists, shared saved queries. */
  'data:read': ['admin', 'analyst', 'reviewer', 'viewer'],
  /** Ingest runs, quarantined records (raw source text) and the job queue. */
  'ingest:read': ['admin', 'analyst'],
  /** CSV exports (audited). */
  'data:export': ['admin', 'analyst'],
  /** Create, change and delete one's own saved queries. */
  'queries:write': ['admin', 'analyst', 'reviewer'],
  /** Import KOL lists (replacing a list of the same name; audited). */
  'kols:write': ['admin', 'analyst'],
  /** Read the audit trail. */
  'audit:read': ['admin', 'reviewer'],
  /** Verify the audit chain. */
  'audit:verify': ['admin'],
  /** HCP verification decisions (the HCP registry work adds the routes). */
  'hcp:review': ['admin', 'reviewer'],
  /** Users and roles, and every user's tokens. */
  'users:manage': ['admin'],
  /** One's own API tokens. */
  'tokens:own': ['admin', 'analyst', 'reviewer', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Admin actions (R5.2): a role that holds one of these may use it only once its user has
 * two-factor sign-in on. The API checks it in the same place as the role (src/server/access.ts).
 */
export const NEEDS_MFA: ReadonlySet<Permission> = new Set<Permission>(['users:manage', 'audit:verify']);

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
