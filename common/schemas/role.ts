import { z } from 'zod';

/** Ordered from least to most privileged: a role may do everything the roles before it may. */
export const roles = ['viewer', 'operator', 'supervisor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export function roleAllows(held: Role, required: Role): boolean {
  return roles.indexOf(held) >= roles.indexOf(required);
}
