/**
 * @module paths
 * Files that ship with learnfinder (the taxonomy, the sample catalogue, the
 * reply templates) are found relative to the package, not the working
 * directory, so `npx learnfinder` works from any folder.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder holding package.json. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
/** The knowledge folder staff maintain: taxonomy and sample catalogue. */
export const KNOWLEDGE_DIR = join(PACKAGE_ROOT, 'knowledge')
/** The reply templates, one folder per language. */
export const PROMPTS_DIR = join(PACKAGE_ROOT, 'prompts')
