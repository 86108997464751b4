// The props a Vue template such as
//   <wx-camera device-position="front" @initdone="(e) => maxZoom = e.detail.maxZoom" />
// passes, checked against the GlobalComponents entry that `wx-camera/vue` adds.
import type { GlobalComponents } from 'vue';
import type {} from 'wx-camera/vue';

type WxCameraProps = InstanceType<GlobalComponents['wx-camera']>['$props'];

export const props: WxCameraProps = {
  'device-position': 'front',
  'frame-size': 'small',
  onInitdone: (event) => console.log(event.detail.maxZoom),
  onError: (event) => console.warn(event.detail.errMsg),
};
