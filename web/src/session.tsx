import { createContext, useContext } from 'react';
import type { Capabilities, Me } from './api';

export interface Session { me: Me; capabilities: Capabilities; signOut: () => void; /** Reads who is signed in again (after a change to their own account). */ reload: () => void }
export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export function can(session: Session, permission: string): boolean {
  return session.me.permissions.includes(permission);
}
