import { describeWorkerTrackWays } from '../helpers/worker-track-ways.js';

// WebKitGTK as it comes: workers take a moved track but cannot read it.
describeWorkerTrackWays('frames');
