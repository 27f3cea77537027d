import { defineAppConfig } from '@passerelle/web-kit/vite';

export default defineAppConfig({ base: '/expert/', port: 5174 });
