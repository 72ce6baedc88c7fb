/**
 * @module voice/sherpa-model-dir
 * Checks STT_MODEL_DIR at start and says which sherpa-onnx model it holds:
 * SenseVoice or Paraformer (`model.int8.onnx` or `model.onnx` plus
 * `tokens.txt`; a Paraformer folder has "paraformer" in its name), or
 * Whisper (`<size>-encoder[.int8].onnx`, `<size>-decoder[.int8].onnx`,
 * `<size>-tokens.txt`). A missing folder or file stops start-up with one
 * line naming it, instead of failing on the first voice note.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { UserError } from '../errors.js'

/** The model files sherpa-onnx needs, by kind. */
export type SherpaModel =
  | { kind: 'sense-voice' | 'paraformer'; dir: string; model: string; tokens: string }
  | { kind: 'whisper'; dir: string; encoder: string; decoder: string; tokens: string }

const HINT = 'see docs/voice.md for which files to download'

/** Reads `dir`; throws a one-line {@link UserError} naming what is missing. */
export function checkSherpaModelDir(dir: string): SherpaModel {
  const root = resolve(dir)
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UserError(`STT_MODEL_DIR: ${root} is not a folder (${HINT})`)
  const files = readdirSync(root)
  const pick = (re: RegExp) => {
    const hits = files.filter((f) => re.test(f))
    return hits.find((f) => f.includes('.int8.')) ?? hits[0]
  }
  const encoder = pick(/-encoder(\.int8)?\.onnx$/)
  if (encoder) {
    const size = encoder.replace(/-encoder(\.int8)?\.onnx$/, '')
    const decoder = pick(new RegExp(`^${escape(size)}-decoder(\\.int8)?\\.onnx$`))
    const tokens = files.includes(`${size}-tokens.txt`) ? `${size}-tokens.txt` : undefined
    if (!decoder) throw new UserError(`STT_MODEL_DIR: ${join(root, `${size}-decoder.onnx`)} is missing (${HINT})`)
    if (!tokens) throw new UserError(`STT_MODEL_DIR: ${join(root, `${size}-tokens.txt`)} is missing (${HINT})`)
    return { kind: 'whisper', dir: root, encoder: join(root, encoder), decoder: join(root, decoder), tokens: join(root, tokens) }
  }
  const model = files.includes('model.int8.onnx') ? 'model.int8.onnx' : files.includes('model.onnx') ? 'model.onnx' : undefined
  if (!model) throw new UserError(`STT_MODEL_DIR: ${join(root, 'model.int8.onnx')} is missing (${HINT})`)
  if (!files.includes('tokens.txt')) throw new UserError(`STT_MODEL_DIR: ${join(root, 'tokens.txt')} is missing (${HINT})`)
  const kind = /paraformer/i.test(basename(root)) ? 'paraformer' : 'sense-voice'
  return { kind, dir: root, model: join(root, model), tokens: join(root, 'tokens.txt') }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
