import type { ApiName } from '../core/api';

/**
 * IPC channel names shared by main and preload. Contract calls live under `api:`; the
 * main process registers exactly one handler per call name and nothing else there.
 */
export const API_CHANNEL_PREFIX = 'api:';

export function channelFor(name: ApiName): `api:${ApiName}` {
  return `${API_CHANNEL_PREFIX}${name}` as `api:${ApiName}`;
}

/** Main → renderer: the OS asked the app to open this report file. */
export const OPEN_FILE_CHANNEL = 'app:open-file';

/** Main → renderer: a command chosen in the application menu (core/app-commands.ts). */
export const APP_COMMAND_CHANNEL = 'app:command';
