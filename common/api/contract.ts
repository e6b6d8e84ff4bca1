import { z } from 'zod';
import { alertHistoryEntrySchema, alertSchema, alertStatusSchema, severitySchema } from '../schemas/alert.js';
import { auditEntrySchema } from '../schemas/audit.js';
import { cameraHealthSchema, cameraSchema, cameraUrlSchema, streamVariantSchema } from '../schemas/camera.js';
import { connectorProducesSchema } from '../schemas/connector-produces.js';
import { connectorHealthSchema, connectorInstanceSchema } from '../schemas/connector.js';
import { epochMsSchema, idSchema } from '../schemas/ids.js';
import { RECORDS_MAX_LIMIT, recordsPageSchema, recordsWhereSchema } from '../records/records-list.js';
import { layoutSchema } from '../schemas/layout.js';
import { roleSchema, type Role } from '../schemas/role.js';
import { sampleSchema, seriesIdSchema, seriesSchema } from '../schemas/series.js';
import { wallSchema } from '../schemas/wall.js';

interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  role: Role;
  /** Changes state: audited. */
  mutates: boolean;
  description: string;
}

function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

const none = z.object({}).strict().default({});

/** Camera as the API shows it: URLs without credentials, and where it is defined (config cameras are read-only here). */
export const publicCameraSchema = cameraSchema.extend({
  hasCredentials: z.boolean(),
  source: z.enum(['config', 'api']),
});
export type PublicCamera = z.infer<typeof publicCameraSchema>;

/** Credentials travel beside the URL, never in it: the host stores the password encrypted. */
const sourceUrlSchema = cameraUrlSchema.refine((u) => !/^rtsps?:\/\/[^/]*@/.test(u), {
  message: 'must not contain user:password; give them as username and password',
});
const credentialFields = {
  username: z.string().max(200).optional(),
  /** Input only. On update: omitted keeps the stored password, an empty string removes it. */
  password: z.string().max(200).optional(),
};
export const cameraInputSchema = cameraSchema
  .extend({
    url: sourceUrlSchema,
    subUrl: sourceUrlSchema.optional(),
    ...credentialFields,
  })
  .strict();
export const cameraPatchSchema = cameraInputSchema
  .omit({ id: true })
  .partial()
  .extend({
    /** Omitted keeps the stored sub stream, an empty string removes it. */
    subUrl: z.union([z.literal(''), sourceUrlSchema]).optional(),
  })
  .strict();

export const cameraTestResultSchema = z.object({
  ok: z.boolean(),
  codec: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  error: z.string().optional(),
});
export type CameraTestResult = z.infer<typeof cameraTestResultSchema>;

/** Where a connector instance is defined: instances of the configuration file change there, not through the API. */
export const connectorSourceSchema = z.enum(['config', 'api']);
export const connectorEntrySchema = z.object({
  instance: connectorInstanceSchema.omit({ options: true }),
  source: connectorSourceSchema,
  health: connectorHealthSchema,
});
export type ConnectorEntry = z.infer<typeof connectorEntrySchema>;

export const connectorTypeInfoSchema = z.object({
  id: idSchema,
  name: z.string(),
  version: z.string(),
  /** JSON Schema (draft 2020-12) of the type's options as they are entered, for the console's form. */
  optionsSchema: z.record(z.string(), z.unknown()),
  produces: connectorProducesSchema,
});
export type ConnectorTypeInfo = z.infer<typeof connectorTypeInfoSchema>;

const count = z.number().int().nonnegative();
/**
 * A dry run of a connector's options: the state of its first health report, or `timeout` when none
 * came in time, and what it brought until then (series declared, samples, records and alerts it would
 * have stored). Nothing of it was stored.
 */
export const connectorTestResultSchema = z.object({
  state: z.enum(['ok', 'degraded', 'down', 'timeout']),
  message: z.string().optional(),
  /** The source's answer time as the connector measured it, else the time to its first report. */
  latencyMs: z.number().finite().nonnegative().optional(),
  produced: z.object({ series: count, samples: count, records: count, alerts: count }),
});
export type ConnectorTestResult = z.infer<typeof connectorTestResultSchema>;

const connectorOptionsSchema = connectorInstanceSchema.shape.options;
const connectorIdInput = z.object({ id: idSchema }).strict();

export const sessionInfoSchema = z.object({
  role: roleSchema,
  label: z.string(),
  /** Set for a display credential: the display it belongs to. */
  wallId: idSchema.optional(),
  displayId: z.string().optional(),
  /** Token for the camera stream WebSocket of this window. */
  streamToken: z.string(),
  /** ws://host:port of the stream server when it is not the page's own origin (Electron windows). */
  streamOrigin: z.string().optional(),
  serverTime: epochMsSchema,
});

/**
 * Every method of the API: its input, output and required role. The host validates against it,
 * the preload exposes exactly these names, the renderer's client is typed from it.
 */
export const api = {
  'session.whoami': method({ input: none, output: sessionInfoSchema, role: 'viewer', mutates: false, description: 'Who the caller is' }),
  'walls.list': method({ input: none, output: z.array(wallSchema), role: 'viewer', mutates: false, description: 'Every wall with its current layout' }),
  'walls.setLayout': method({
    input: z.object({ wallId: idSchema, layoutId: idSchema }).strict(),
    output: wallSchema,
    role: 'operator',
    mutates: true,
    description: 'Switch the layout a wall shows; cameras pushed onto its tiles go back to the layout\'s',
  }),
  'walls.pushCamera': method({
    input: z.object({ wallId: idSchema, tileId: idSchema, cameraId: idSchema }).strict(),
    output: wallSchema,
    role: 'operator',
    mutates: true,
    description: 'Show a camera on a camera tile of the wall\'s current layout instead of the layout\'s camera',
  }),
  'walls.clearCamera': method({
    input: z.object({ wallId: idSchema, tileId: idSchema }).strict(),
    output: wallSchema,
    role: 'operator',
    mutates: true,
    description: 'Give a camera tile of the wall back the camera its layout names',
  }),
  'layouts.list': method({ input: none, output: z.array(layoutSchema), role: 'viewer', mutates: false, description: 'Every layout' }),
  'layouts.get': method({ input: z.object({ id: idSchema }).strict(), output: layoutSchema, role: 'viewer', mutates: false, description: 'One layout' }),
  'layouts.save': method({
    input: z.object({ layout: layoutSchema }).strict(),
    output: layoutSchema,
    role: 'supervisor',
    mutates: true,
    description: 'Create or replace a layout; the old version is kept',
  }),
  'cameras.list': method({ input: none, output: z.array(publicCameraSchema), role: 'viewer', mutates: false, description: 'Cameras, URLs redacted' }),
  'cameras.add': method({
    input: z.object({ camera: cameraInputSchema }).strict(),
    output: publicCameraSchema,
    role: 'supervisor',
    mutates: true,
    description: 'Register a camera; it is kept in the database and streams at once',
  }),
  'cameras.update': method({
    input: z.object({ id: idSchema, patch: cameraPatchSchema }).strict(),
    output: publicCameraSchema,
    role: 'supervisor',
    mutates: true,
    description: 'Change a camera added through the API; cameras of the configuration file change there',
  }),
  'cameras.remove': method({
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
    role: 'supervisor',
    mutates: true,
    description: 'Remove a camera added through the API',
  }),
  'cameras.test': method({
    input: z
      .object({
        url: cameraInputSchema.shape.url.optional(),
        id: idSchema.optional(),
        /** Which of the camera's URLs to test when no url is given, and the size of a synthetic one. */
        variant: streamVariantSchema.default('main'),
        ...credentialFields,
      })
      .strict()
      .refine((i) => i.url !== undefined || i.id !== undefined, { message: 'give a url or the id of a camera', path: ['url'] }),
    output: cameraTestResultSchema,
    role: 'supervisor',
    mutates: true,
    description: 'Read one frame from a source (up to 8 s) and report its codec and size',
  }),
  'cameras.health': method({ input: none, output: z.array(cameraHealthSchema), role: 'viewer', mutates: false, description: 'Stream state per camera' }),
  'series.list': method({ input: none, output: z.array(seriesSchema), role: 'viewer', mutates: false, description: 'Known metric series' }),
  'samples.query': method({
    input: z.object({ seriesIds: z.array(seriesIdSchema).min(1).max(100), since: epochMsSchema, limitPerSeries: z.number().int().min(1).max(5000).default(1000) }).strict(),
    output: z.array(sampleSchema),
    role: 'viewer',
    mutates: false,
    description: 'Samples of the given series since a time, oldest first',
  }),
  'alerts.list': method({
    input: z
      .object({
        statuses: z.array(alertStatusSchema).default(['open', 'acknowledged', 'assigned']),
        minSeverity: severitySchema.default('info'),
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict()
      .default({ statuses: ['open', 'acknowledged', 'assigned'], minSeverity: 'info', limit: 500 }),
    output: z.array(alertSchema),
    role: 'viewer',
    mutates: false,
    description: 'Alerts, newest first',
  }),
  'alerts.acknowledge': method({
    input: z.object({ id: idSchema, note: z.string().max(1000).default('') }).strict(),
    output: alertSchema,
    role: 'operator',
    mutates: true,
    description: 'Acknowledge an alert',
  }),
  'alerts.assign': method({
    input: z.object({ id: idSchema, assignee: z.string().min(1).max(100), note: z.string().max(1000).default('') }).strict(),
    output: alertSchema,
    role: 'operator',
    mutates: true,
    description: 'Assign an alert to a person or unit',
  }),
  'alerts.resolve': method({
    input: z.object({ id: idSchema, note: z.string().max(1000).default('') }).strict(),
    output: alertSchema,
    role: 'operator',
    mutates: true,
    description: 'Close an alert',
  }),
  'alerts.history': method({
    input: z.object({ id: idSchema }).strict(),
    output: z.array(alertHistoryEntrySchema),
    role: 'operator',
    mutates: false,
    description: 'What happened to an alert, oldest first',
  }),
  'records.list': method({
    input: z
      .object({
        kind: z.string().min(1).max(50),
        limit: z.number().int().min(1).max(RECORDS_MAX_LIMIT).default(100),
        where: recordsWhereSchema.default({}),
        /** Also the values each filter can take, with their counts: for a console's filter choices. */
        facets: z.boolean().default(false),
      })
      .strict(),
    output: recordsPageSchema,
    role: 'viewer',
    mutates: false,
    description:
      'Records of one kind, filtered and ordered by the host: open ones by due time (most overdue first), then the rest newest first, with counts and the freshness of their sources; viewers (walls) get them without personal data, phones and e-mails masked',
  }),
  'connectors.list': method({
    input: none,
    output: z.array(connectorEntrySchema),
    role: 'viewer',
    mutates: false,
    description: 'Connector instances and their health',
  }),
  /*
   * Managing connector instances needs the supervisor role, not admin: the operations console signs in as
   * supervisor (as it does to manage cameras), and these changes are audited like theirs. Reading an
   * instance's options back stays admin-only: they name the source systems' accounts.
   */
  'connectors.types': method({
    input: none,
    output: z.array(connectorTypeInfoSchema),
    role: 'viewer',
    mutates: false,
    description: 'Connector types the host can run, with the JSON Schema of their options',
  }),
  'connectors.add': method({
    input: z.object({ instance: connectorInstanceSchema.pick({ id: true, type: true, name: true, options: true }).strict() }).strict(),
    output: connectorEntrySchema,
    role: 'supervisor',
    mutates: true,
    description: 'Add a connector instance, checked against its type\'s options; it is kept in the database and starts at once',
  }),
  'connectors.test': method({
    input: z.object({ type: idSchema, options: connectorOptionsSchema, instanceId: idSchema.optional() }).strict(),
    output: connectorTestResultSchema,
    role: 'supervisor',
    mutates: true,
    description:
      'Run a connector with these options without storing anything, until its first health report (at most 20 s); with instanceId, secrets left out or sent as "***" are those of that API instance, and its sync cursors are read',
  }),
  'connectors.update': method({
    input: z.object({ id: idSchema, patch: z.object({ name: connectorInstanceSchema.shape.name, options: connectorOptionsSchema.optional() }).strict() }).strict(),
    output: connectorEntrySchema,
    role: 'supervisor',
    mutates: true,
    description: 'Change an API instance and restart it; secrets (passwords, keys, tokens) sent back as "***" keep their stored value at any depth, and top-level ones left out keep theirs too',
  }),
  'connectors.pause': method({
    input: connectorIdInput,
    output: connectorEntrySchema,
    role: 'supervisor',
    mutates: true,
    description: 'Stop an instance and keep it stopped across restarts',
  }),
  'connectors.resume': method({
    input: connectorIdInput,
    output: connectorEntrySchema,
    role: 'supervisor',
    mutates: true,
    description: 'Start a paused instance again',
  }),
  'connectors.remove': method({
    input: connectorIdInput,
    output: z.object({ id: idSchema }),
    role: 'supervisor',
    mutates: true,
    description: 'Stop and delete an API instance with its sync cursors',
  }),
  'connectors.options': method({
    input: connectorIdInput,
    output: connectorOptionsSchema,
    role: 'admin',
    mutates: false,
    description: 'An instance\'s options as they were entered (defaults not filled in), secret values at any depth shown as "***"',
  }),
  'audit.list': method({
    input: z.object({ limit: z.number().int().min(1).max(5000).default(200) }).strict().default({ limit: 200 }),
    output: z.array(auditEntrySchema),
    role: 'admin',
    mutates: false,
    description: 'Latest audit entries, newest first',
  }),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export const methodNames = Object.keys(api) as MethodName[];
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

/** Every event topic and its payload. Subscriptions are by topic; viewers may subscribe to all. */
export const events = {
  'wall.changed': wallSchema,
  'layout.changed': layoutSchema,
  'alert.changed': alertSchema,
  'samples.appended': z.array(sampleSchema),
  'series.added': z.array(seriesSchema),
  'connector.health': connectorHealthSchema,
  'camera.health': cameraHealthSchema,
  /** The whole public camera list, after any camera was added, changed or removed. */
  'cameras.changed': z.array(publicCameraSchema),
} as const;

export type Events = typeof events;
export type Topic = keyof Events;
export const topics = Object.keys(events) as Topic[];
export type EventPayload<T extends Topic> = z.output<Events[T]>;
