/**
 * The parts of @echogarden/espeak-ng-emscripten that Schakel uses (the
 * package ships no types). Its default export is Emscripten's module factory.
 */
declare module '@echogarden/espeak-ng-emscripten' {
  export interface EspeakNgWorker {
    /** 0 when the voice was found. */
    set_voice(name: string): number;
    /** Words per minute; eSpeak's default is 175. */
    set_rate(wpm: number): number;
    get_samplerate(): number;
    /** Calls back with 16-bit PCM chunks; returning true stops synthesis. */
    synthesize(text: string, onChunk: (samples: Int16Array, events: unknown[]) => boolean): void;
  }
  export interface EspeakNgModule {
    readonly eSpeakNGWorker: new () => EspeakNgWorker;
    readonly FS: { writeFile(path: string, data: Uint8Array): void };
  }
  export interface EspeakNgOptions {
    /** Hands the file packager its data instead of a fetch; see speechSynth.ts. */
    getPreloadedPackage?: (name: string, size: number) => ArrayBuffer;
    locateFile?: (path: string, prefix: string) => string;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  const createEspeakNg: (options?: EspeakNgOptions) => Promise<EspeakNgModule>;
  // The package's own shape: Emscripten exports its factory as the default.
  // eslint-disable-next-line no-restricted-syntax
  export default createEspeakNg;
}
