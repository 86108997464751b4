import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'wx-camera';
import { createCameraContext, type InitDoneDetail } from 'wx-camera';

@Component({
  selector: 'app-camera',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <wx-camera device-position="back" (initdone)="onReady($event)"></wx-camera>
    <button (click)="takePhoto()">Take photo ({{ maxZoom }}x zoom possible)</button>
  `,
})
export class CameraComponent {
  maxZoom = 1;

  onReady(event: Event) {
    this.maxZoom = (event as CustomEvent<InitDoneDetail>).detail.maxZoom;
  }

  takePhoto() {
    return createCameraContext().takePhoto({ quality: 'high' });
  }
}
