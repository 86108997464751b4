type Found = string | undefined;
export declare function findBrowsers(): {
  chromium: Found;
  firefox: Found;
  webkitDriver: Found;
  webkitBrowser: Found;
  xvfbRun: Found;
};
export declare const browsers: ReturnType<typeof findBrowsers>;
export declare const engines: string[];
export declare const requirements: Record<string, { key: string; what: string; debian: string; env: string }[]>;
export declare const chromiumArgs: string[];
export declare const firefoxPrefs: Record<string, boolean | number>;
export declare const hasDisplay: () => boolean;
