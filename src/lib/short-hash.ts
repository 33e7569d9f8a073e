// The one hash behind the build's keys and content-named files: SHA-256, cut to 22 base64url
// characters (132 bits), short enough for a file name and far from any chance collision.
import { createHash } from 'node:crypto';

/** A short, file-name-safe hash of `text`. */
export const shortHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);
