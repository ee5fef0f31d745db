// jsdom for component tests that talk HTTP to the local SharePoint emulator: jsdom has no fetch, so
// Node's own fetch (and the classes it hands back and checks) come in from the outer realm.
// Use with `/** @jest-environment ./test/support/jsdomWithFetch.ts */`.
import { TestEnvironment } from 'jest-environment-jsdom';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';

const fromNode = [
  'fetch', 'Request', 'Response', 'Headers', 'FormData', 'AbortController', 'AbortSignal',
  'ReadableStream', 'TextEncoder', 'TextDecoder', 'Blob', 'structuredClone'
] as const;

export default class JsdomWithFetch extends TestEnvironment {
  public constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    const outer = globalThis as unknown as Record<string, unknown>;
    const inner = this.global as unknown as Record<string, unknown>;
    for (const name of fromNode) {
      if (outer[name] !== undefined) inner[name] = outer[name];
    }
  }
}
