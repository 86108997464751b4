// Mounts the Vue example (vite.config.mjs marks <wx-camera> as a custom element for the compiler).
import { createApp } from 'vue';
import CameraPage from './camera-page.vue';

createApp(CameraPage).mount('#app');
