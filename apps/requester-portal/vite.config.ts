import { defineAppConfig } from '@passerelle/web-kit/vite';

export default defineAppConfig({ base: '/portal/', port: 5173 });
