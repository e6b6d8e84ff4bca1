import type { CameraState } from '../schemas/camera.js';

/**
 * What a camera stream WebSocket (/streams/<cameraId>) carries, server to viewer:
 *
 * - text `{type:'init', codec, cameraId}`: the next binary message is an fMP4 init segment
 *   (ftyp+moov) for a SourceBuffer of `video/mp4; codecs="<codec>"`. Sent again after every
 *   upstream restart: the viewer must reset its SourceBuffer.
 * - binary: one media fragment (moof+mdat). The first after an init is a keyframe.
 * - text `{type:'state', state, lastFrameAt?}` when the camera's state changes.
 * - text `{type:'error', message}` before a close with code 4404 (unknown camera).
 *
 * Viewers send nothing.
 */
export type StreamMessage =
  | { type: 'init'; codec: string; cameraId: string }
  | { type: 'state'; state: CameraState; lastFrameAt?: number }
  | { type: 'error'; message: string };

export const STREAM_CLOSE_UNKNOWN_CAMERA = 4404;
