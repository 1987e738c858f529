import { userInfo } from 'node:os';
import type { Actor } from '../auth/auth-service.js';

/** The audit log's actor for commands run at a terminal: the operating-system user. */
export function cliActor(): Actor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (some containers): keep "unknown"
  }
  return { name: `cli:${name}` };
}
