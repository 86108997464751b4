import { describeCodeScan } from './code-scan-checks.js';

describeCodeScan('code128');
