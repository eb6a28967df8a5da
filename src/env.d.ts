/** The engine's .wasm size in bytes, unpacked (vite.config.ts). */
declare const __ENGINE_BYTES__: number;
