// The platform shared code may use, for type-checking src/shared and
// src/domain on their own (tsconfig.pure.json: no DOM, no Node). Each member
// is a subset of its lib.dom declaration, so code that checks here also checks
// in the browser, worker and Node projects, where the real declarations apply.
// Browsers, Web Workers and Node ≥ 19 all provide these as globals.

interface CryptoKey {
  readonly type: string;
}

interface Pbkdf2Params {
  name: 'PBKDF2';
  hash: 'SHA-256';
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

interface SubtleCrypto {
  importKey(format: 'raw', keyData: Uint8Array<ArrayBuffer>, algorithm: 'PBKDF2', extractable: boolean, keyUsages: readonly 'deriveBits'[]): Promise<CryptoKey>;
  deriveBits(algorithm: Pbkdf2Params, baseKey: CryptoKey, length: number): Promise<ArrayBuffer>;
}

interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends Uint8Array<ArrayBuffer>>(array: T): T;
}

declare const crypto: Crypto;

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
