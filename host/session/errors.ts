// errno codes → the few failures a user can act on.
import type { StorageFailure } from '../../core/session/messages.js';

export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;
}

export function storageFailure(error: unknown): StorageFailure {
  switch (errnoCode(error)) {
    case 'CTG_NOT_REGULAR':
    case 'EISDIR':
      return 'pas-un-fichier';
    case 'CTG_TOO_LARGE':
      return 'trop-gros';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'disque-plein';
    case 'EACCES':
    case 'EPERM':
      return 'acces-refuse';
    case 'EROFS':
      return 'lecture-seule';
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'ENXIO':
      return 'introuvable';
    default:
      return 'autre';
  }
}

export const isMissing = (error: unknown): boolean => errnoCode(error) === 'ENOENT';
