import { describeWorkerTrackWays } from '../helpers/worker-track-ways.js';

// This group's MiniBrowser has MediaStreamTrack Processing on, as Safari has it (WebKitGTK leaves it off).
describeWorkerTrackWays('stream');
