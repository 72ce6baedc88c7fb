/** Types of bin/dist-stamp.js (plain JavaScript, run before anything is compiled). */
export declare function sourceFingerprint(srcDir: string): { files: number; newest: number }
export declare function distIsFresh(root: string): boolean
