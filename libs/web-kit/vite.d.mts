import type { UserConfig } from 'vite';

export interface AppConfigOptions {
  /** Where the gateway serves the app, with slashes: '/portal/'. */
  base: `/${string}/`;
  /** Dev and preview server port; each app has its own so all three can run at once. */
  port: number;
}

export declare function defineAppConfig(options: AppConfigOptions): UserConfig;
