// Mounts the Svelte example.
import { mount } from 'svelte';
import CameraPage from './camera-page.svelte';

mount(CameraPage, { target: document.getElementById('app')! });
