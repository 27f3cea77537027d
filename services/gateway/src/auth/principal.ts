import { Role } from '@passerelle/contracts';

/** Who is calling. Guests (service users with a link) arrive with the teleconsultation issue. */
export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  organisationId: string;
  roles: Role[];
}
export type Principal = StaffPrincipal;

declare module 'express' {
  interface Request {
    principal?: Principal;
  }
}
