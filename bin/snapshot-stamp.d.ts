/** Types of bin/snapshot-stamp.js (plain JavaScript, run before anything is compiled). */
export declare const SNAPSHOT_BUNDLE: string
export declare const SNAPSHOT_BLOB: string
export declare const SNAPSHOT_COMMANDS: ReadonlySet<string>
export declare function snapshotStamp(root: string): { node: string; execPath: string; arch: string; root: string; dist: string }
export declare function usableSnapshot(root: string, argv: string[], env: Record<string, string | undefined>, execArgv?: string[]): string | undefined
