import type { Role } from '../../common/index.js';

/** Who makes an API call: resolved from a credential (server mode) or from the window (Electron). */
export interface Caller {
  role: Role;
  /** Shown in the audit log: "console", "display main/r0c1", "cli". */
  label: string;
  wallId?: string;
  displayId?: string;
}
