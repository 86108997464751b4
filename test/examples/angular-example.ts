import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { createCameraContext, type CameraErrorDetail, type InitDoneDetail } from 'wx-camera'; // also registers <wx-camera>

@Component({
  selector: 'app-camera',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <wx-camera device-position="back" frame-size="medium" style="height: 400px"
      (initdone)="onReady($event)" (error)="onError($event)"></wx-camera>
    <p role="status">{{ status() }}</p>
    <button (click)="takePhoto()">Take photo</button>
    @if (photo()) {
      <img [src]="photo()" alt="Last capture" width="320" />
    }
  `,
})
export class CameraComponent {
  status = signal('Opening the camera…');
  photo = signal('');

  onReady(event: Event) {
    this.status.set(`Ready, zoom up to ${(event as CustomEvent<InitDoneDetail>).detail.maxZoom}x`);
  }

  onError(event: Event) {
    this.status.set((event as CustomEvent<CameraErrorDetail>).detail.errMsg);
  }

  takePhoto() {
    createCameraContext().takePhoto({
      quality: 'high',
      success: (res) => this.photo.set(res.tempImagePath),
      fail: (err) => this.status.set(err.errMsg),
    });
  }
}
