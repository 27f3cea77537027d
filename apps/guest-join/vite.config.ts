import { defineAppConfig } from '@passerelle/web-kit/vite';

export default defineAppConfig({ base: '/join/', port: 5175 });
