// Bootstraps the Angular example. An Angular CLI app compiles its templates ahead of time; this
// page compiles them in the browser (JIT), hence the compiler import.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { CameraComponent } from './angular-example';

const app = document.getElementById('app')!;
app.append(document.createElement('app-camera'));
bootstrapApplication(CameraComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => {
  app.textContent = String(error);
});
