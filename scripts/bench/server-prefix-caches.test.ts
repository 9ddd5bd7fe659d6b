import { describe, expect, it } from 'vitest';
import { serverCacheModels } from './server-prefix-caches';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

// Two prompt families that share a short start (under llama-server's 10% similarity), as the
// action and response stages do: each grows by 10 tokens a turn.
const shared = range(0, 4);
const action = (turn: number) => [...shared, ...range(1000, 1040 + turn * 10)];
const response = (turn: number) => [...shared, ...range(5000, 5040 + turn * 10)];

function replay(model: ReturnType<(typeof serverCacheModels)[keyof typeof serverCacheModels]>) {
  const served: number[] = [];
  for (let turn = 0; turn < 3; turn += 1) {
    for (const request of [action(turn), response(turn)]) {
      served.push(model.cached(request));
      model.remember(request);
    }
  }
  return served;
}

describe('simulated server prefix caches', () => {
  it('vLLM reuses only whole 16-token blocks, across both families', () => {
    expect(replay(serverCacheModels.vllm_blocks16())).toEqual([0, 0, 32, 32, 48, 48]);
  });

  it('a radix cache reuses every shared token', () => {
    expect(replay(serverCacheModels.sglang_radix())).toEqual([0, 4, 44, 44, 54, 54]);
  });

  it('one slot: each family overwrites the other, so only the shared start survives', () => {
    expect(replay(serverCacheModels.one_slot())).toEqual([0, 4, 4, 4, 4, 4]);
  });

  it('two slots: similarity sends each family back to its own slot', () => {
    expect(replay(serverCacheModels.two_slots())).toEqual([0, 0, 44, 44, 54, 54]);
  });

  it("Ollama's default choice, the longest shared prefix, never uses its second slot", () => {
    expect(replay(serverCacheModels.ollama_two_slots())).toEqual([0, 4, 4, 4, 4, 4]);
  });

  it("Ollama's multi-user cache copies the shared start into the older slot", () => {
    expect(replay(serverCacheModels.ollama_two_slots_multiuser())).toEqual([0, 4, 44, 44, 54, 54]);
  });
});
