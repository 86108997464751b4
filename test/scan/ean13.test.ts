import { describeCodeScan } from './code-scan-checks.js';

describeCodeScan('ean13');
