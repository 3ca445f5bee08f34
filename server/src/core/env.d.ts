// The few host globals the core may use. Node and browsers both provide them; declaring them
// here (instead of pulling in Node's or the DOM's types) keeps node:* and DOM APIs out of the core.
declare const performance: { now(): number };
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
