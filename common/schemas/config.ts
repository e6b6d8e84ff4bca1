import { z } from 'zod';
import { cameraSchema } from './camera.js';
import { connectorInstanceSchema } from './connector.js';
import { wallSchema } from './wall.js';

/** The configuration file (JSON). Every list is keyed by id; duplicates are rejected. */
export const configSchema = z
  .object({
    walls: z.array(wallSchema).min(1),
    cameras: z.array(cameraSchema).default([]),
    connectors: z.array(connectorInstanceSchema).default([]),
    /** Folders of layout JSON files, relative to the configuration file; the built-in layouts/ always load first. */
    layoutDirs: z.array(z.string()).default([]),
    server: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8720),
      })
      .default({ host: '127.0.0.1', port: 8720 }),
    /** Path to ffmpeg; otherwise FFMPEG_PATH, the bundled @ffmpeg-installer/ffmpeg, then PATH. */
    ffmpegPath: z.string().optional(),
    /**
     * 0: every camera frame leaves the gateway in its own fMP4 fragment, as it comes. More: frames
     * gathered into fragments of about this many ms, fewer wakeups per camera for up to that much more
     * latency (decision 0007); at most 500 keeps the wall well under a second behind the street.
     */
    cameraFragmentMs: z.number().int().min(0).max(500).default(0),
    retention: z
      .object({
        sampleDays: z.number().int().min(1).max(3650).default(30),
        alertDays: z.number().int().min(1).max(3650).default(400),
        auditDays: z.number().int().min(30).max(3650).default(400),
      })
      .default({ sampleDays: 30, alertDays: 400, auditDays: 400 }),
  })
  .superRefine((cfg, ctx) => {
    for (const key of ['walls', 'cameras', 'connectors'] as const) {
      const seen = new Set<string>();
      cfg[key].forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
    }
  });
export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
