import type { CameraHealth, Config, EventPayload, MethodName, MethodOutput, Result, Topic } from '../../common/index.js';
import type { Caller } from './caller.js';

export interface HostOptions {
  config: Config;
  /** Folder of the configuration file: relative layoutDirs resolve against it. */
  configDir: string;
  /** The configuration file itself, named when an API change belongs there; absent for the embedded demo. */
  configFile?: string;
  /** Folder for the SQLite file and the secret key; created if missing. */
  dataDir: string;
  /** Built renderer (dist/renderer) to serve over HTTP; the server answers 503 on pages when absent. */
  rendererDir?: string;
  host?: string;
  port?: number;
}

export interface DisplayLink {
  wallId: string;
  displayId: string;
  url: string;
}

export interface Host {
  readonly config: Config;
  /** http://host:port the server listens on. */
  readonly origin: string;
  call<M extends MethodName>(caller: Caller, method: M, input: unknown): Promise<Result<MethodOutput<M>>>;
  subscribe<T extends Topic>(topic: T, listener: (payload: EventPayload<T>) => void): () => void;
  /** Issues (or returns the existing) credential for a window and the URL that opens it in a browser. */
  displayLinks(): DisplayLink[];
  consoleUrl(): string;
  /**
   * The console with the administrator role, which reads connector options back. Only `serve --admin`
   * prints it: whoever holds it may read the sources' account names.
   */
  adminConsoleUrl(): string;
  /** Token a window presents on the stream WebSocket: Electron windows get one each. */
  issueStreamToken(caller: Caller): string;
  cameraHealth(): CameraHealth[];
  close(): Promise<void>;
}
