/**
 * @module voice/sherpa-transcriber
 * Local speech recognition with sherpa-onnx (`sherpa-onnx-node`, prebuilt
 * native binaries from npm): no network, no per-minute fees. The model is
 * loaded once, asynchronously, and every recognition runs on the addon's
 * worker threads (`decodeAsync`), so the event loop keeps answering typed
 * messages while a voice note is being recognized.
 */
import { createRequire } from 'node:module'
import { cpus } from 'node:os'
import { int16ToFloat } from './pcm.js'
import { checkSherpaModelDir, type SherpaModel } from './sherpa-model-dir.js'
import { checkTranscript, type Transcriber } from './transcriber.js'
import { UserError } from '../errors.js'

interface SherpaStream {
  acceptWaveform(wave: { samples: Float32Array; sampleRate: number }): void
}
interface SherpaRecognizer {
  createStream(): SherpaStream
  decodeAsync(stream: SherpaStream): Promise<{ text: string; lang?: string }>
}
interface SherpaModule {
  OfflineRecognizer: { createAsync(config: unknown): Promise<SherpaRecognizer> }
}

/** The recognizer config for one model folder. */
function recognizerConfig(model: SherpaModel, numThreads: number, language?: string) {
  const modelConfig: Record<string, unknown> = { tokens: model.tokens, numThreads, provider: 'cpu', debug: 0 }
  if (model.kind === 'whisper') modelConfig.whisper = { encoder: model.encoder, decoder: model.decoder, language: language ?? 'zh', task: 'transcribe' }
  else if (model.kind === 'paraformer') modelConfig.paraformer = { model: model.model }
  else modelConfig.senseVoice = { model: model.model, language: language ?? '', useInverseTextNormalization: 1 }
  return { featConfig: { sampleRate: 16_000, featureDim: 80 }, modelConfig, decodingMethod: 'greedy_search' }
}

/** Options of {@link createSherpaTranscriber}. */
export interface SherpaTranscriberOptions {
  /** STT_MODEL_DIR. */
  modelDir: string
  /** Threads per recognition (default: the number of cores, at most 4). */
  numThreads?: number
}

/**
 * Checks the model folder at once (throws the one-line UserError) and starts
 * loading the model in the background; the first voice note waits for it.
 */
export function createSherpaTranscriber(options: SherpaTranscriberOptions): Transcriber {
  const model = checkSherpaModelDir(options.modelDir)
  const threads = options.numThreads ?? Math.min(4, Math.max(1, cpus().length))
  const sherpa = createRequire(import.meta.url)('sherpa-onnx-node') as SherpaModule
  // Whisper fixes its language in the model config; SenseVoice detects it. One recognizer, loaded once.
  const loading = sherpa.OfflineRecognizer.createAsync(recognizerConfig(model, threads))
  loading.catch(() => undefined) // reported on first use
  return {
    name: `sherpa-onnx (${model.kind})`,
    async ready() {
      await loading.catch((err: Error) => {
        throw new UserError(`STT_MODEL_DIR: sherpa-onnx could not load ${model.dir} (${err.message.split('\n')[0].slice(0, 160)})`)
      })
    },
    async transcribe(req) {
      const recognizer = await loading
      const stream = recognizer.createStream()
      stream.acceptWaveform({ samples: int16ToFloat(req.audio.samples), sampleRate: req.audio.sampleRate })
      const result = await recognizer.decodeAsync(stream)
      // SenseVoice may leave tags such as <|zh|><|NEUTRAL|> in front of the text.
      return checkTranscript('sherpa-onnx', { text: String(result.text ?? '').replace(/<\|[^|]*\|>/g, '') })
    },
  }
}
