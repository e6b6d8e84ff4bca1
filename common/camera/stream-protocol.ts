import { z } from 'zod';
import { streamVariantSchema, type CameraState, type StreamVariant } from '../schemas/camera.js';
import { idSchema } from '../schemas/ids.js';

/**
 * What a camera stream WebSocket (/streams/<cameraId>?variant=main|sub) carries, server to viewer:
 *
 * - text `{type:'init', codec, cameraId, variant}`: the next binary message is an fMP4 init segment
 *   (ftyp+moov) for a SourceBuffer of `video/mp4; codecs="<codec>"`. `variant` is the stream that
 *   serves the viewer: 'main' for a sub viewer of a camera without a sub stream. Sent again after
 *   every upstream restart and when the viewer moves to another upstream (a sub stream added or
 *   removed): the viewer must reset its SourceBuffer.
 * - binary: one media fragment (moof+mdat). The first after an init is a keyframe.
 * - text `{type:'state', state, lastFrameAt?}` when the camera's state changes.
 * - text `{type:'error', message}` before a close with code 4404 (unknown camera).
 *
 * Viewers send nothing on a /streams/<cameraId> socket.
 *
 * /streams (no camera id) carries every camera of a window on one socket, so a montage is never
 * capped by the browser's connections per host (ZoneMinder/zoneminder#2940). The viewer sends
 * `{type:'subscribe', channel, cameraId, variant?}` (variant 'main' unless given) and
 * `{type:'unsubscribe', channel}`; the server's text messages are the ones above with a `channel`
 * field, and each binary message starts with the channel number (uint32, big-endian) followed by
 * the bytes above.
 */
export type StreamMessage =
  | { type: 'init'; codec: string; cameraId: string; variant: StreamVariant }
  | { type: 'state'; state: CameraState; lastFrameAt?: number }
  | { type: 'error'; message: string };

export const STREAM_CLOSE_UNKNOWN_CAMERA = 4404;

export const muxClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('subscribe'),
    channel: z.number().int().min(0).max(0xffffffff),
    cameraId: idSchema,
    variant: streamVariantSchema.default('main'),
  }),
  z.object({ type: z.literal('unsubscribe'), channel: z.number().int().min(0).max(0xffffffff) }),
]);
export type MuxClientMessage = z.input<typeof muxClientMessageSchema>;
export type MuxServerMessage = StreamMessage & { channel: number };
