/** Types of bin/snapshot-stamp.js (plain JavaScript, run before anything is compiled). */
export declare const SNAPSHOT_BUNDLE: string
export declare const SNAPSHOT_BLOB: string
export declare const SNAPSHOT_COMMANDS: ReadonlySet<string>
export declare function snapshotStamp(root: string): { node: string; execPath: string; arch: string; root: string; dist: string }
/** True when dist/snapshot.json says the snapshot was made by this node, in this folder, beside this dist/ build. */
export declare function snapshotMatches(root: string): boolean
export declare function usableSnapshot(root: string, argv: string[], env: Record<string, string | undefined>, execArgv?: string[]): string | undefined
/** The command and environment rules for starting the snapshot, without looking at dist/. */
export declare function snapshotAllowed(argv: string[], env: Record<string, string | undefined>, execArgv?: string[]): boolean
