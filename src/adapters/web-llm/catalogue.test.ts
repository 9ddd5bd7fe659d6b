import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, recommendedEntryId, smallerAlternative } from './catalogue';
import type { EngineModelRecord } from './web-llm-boundary';

const prebuilt = prebuiltAppConfig.model_list as EngineModelRecord[];
const options = { weightsUrl: '', origin: 'https://app.example' };

function prebuiltRecord(id: string): EngineModelRecord {
  const record = prebuilt.find((candidate) => candidate.model_id === id);
  if (!record) throw new Error(`missing ${id}`);
  return record;
}

describe('buildCatalogue with the installed web-llm prebuilt list', () => {
  const { entries, appConfig } = buildCatalogue(prebuilt, options);

  it('offers CoALM in both quantizations on the Llama 3.1 8B model library', () => {
    for (const quant of ['q4f16_1', 'q4f32_1'] as const) {
      const record = appConfig.model_list.find((r) => r.model_id === `CoALM-8B-${quant}-MLC`);
      const llama = prebuiltRecord(`Llama-3.1-8B-Instruct-${quant}-MLC`);
      expect(record?.model_lib).toBe(llama.model_lib);
      expect(record?.vram_required_MB).toBe(llama.vram_required_MB);
      expect(record?.model).toBe(`https://app.example/models/CoALM-8B-${quant}-MLC/resolve/../`);
    }
  });

  it('requires shader-f16 only for q4f16_1 entries', () => {
    for (const record of appConfig.model_list) {
      const needsF16 = record.required_features?.includes('shader-f16') ?? false;
      expect(needsF16).toBe(record.model_id.includes('q4f16_1'));
    }
  });

  it('labels every fallback as not CoALM and CoALM with its licence', () => {
    const fallbacks = entries.filter((entry) => !entry.isCoalm);
    expect(fallbacks.map((entry) => entry.id)).toContain('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(fallbacks.length).toBe(8);
    for (const entry of fallbacks) expect(entry.note).toMatch(/not CoALM/);
    const coalm = entries.filter((entry) => entry.isCoalm);
    for (const entry of coalm) expect(entry.licence).toMatch(/CC BY-NC 4\.0.*Llama 3\.1/);
  });

  it('carries VRAM from the prebuilt list and a plausible download size', () => {
    const llama3b = entries.find((entry) => entry.id === 'Llama-3.2-3B-Instruct-q4f32_1-MLC');
    expect(llama3b?.vramMB).toBe(
      prebuiltRecord('Llama-3.2-3B-Instruct-q4f32_1-MLC').vram_required_MB,
    );
    const coalm16 = entries.find((entry) => entry.id === 'CoALM-8B-q4f16_1-MLC');
    const coalm32 = entries.find((entry) => entry.id === 'CoALM-8B-q4f32_1-MLC');
    expect(coalm16?.downloadBytes).toBeGreaterThan(4e9);
    expect(coalm32?.downloadBytes).toBeGreaterThan(coalm16?.downloadBytes ?? Infinity);
  });

  it('recommends q4f32_1 without shader-f16 and q4f16_1 with it', () => {
    expect(recommendedEntryId(entries, false)).toBe('CoALM-8B-q4f32_1-MLC');
    expect(recommendedEntryId(entries, true)).toBe('CoALM-8B-q4f16_1-MLC');
  });

  it('suggests the 1k-context variant, then a smaller model', () => {
    const full = entries.find((entry) => entry.id === 'CoALM-8B-q4f32_1-MLC');
    const short = entries.find((entry) => entry.id === 'CoALM-8B-q4f32_1-MLC-1k');
    if (!full || !short) throw new Error('missing entries');
    expect(smallerAlternative(entries, full)?.id).toBe(short.id);
    const smaller = smallerAlternative(entries, short);
    expect(smaller?.vramMB).toBeLessThan(short.vramMB);
    expect(smaller?.isCoalm).toBe(false);
  });

  it('uses a configured weights URL, with {quant} or as a parent folder', () => {
    const hf = buildCatalogue(prebuilt, {
      ...options,
      weightsUrl: 'https://huggingface.co/someone/CoALM-8B-{quant}-MLC',
    });
    const record = hf.appConfig.model_list.find((r) => r.model_id === 'CoALM-8B-q4f32_1-MLC');
    expect(record?.model).toBe('https://huggingface.co/someone/CoALM-8B-q4f32_1-MLC/');
  });

  it('points CoALM at self-hosted model libraries when a folder is configured', () => {
    const offline = buildCatalogue(prebuilt, { ...options, modelLibFolder: '/models/libs' });
    const record = offline.appConfig.model_list.find((r) => r.model_id === 'CoALM-8B-q4f32_1-MLC');
    const prebuiltLib = prebuiltRecord('Llama-3.1-8B-Instruct-q4f32_1-MLC').model_lib;
    const fileName = prebuiltLib.split('/').pop() ?? '';
    expect(record?.model_lib).toBe(`https://app.example/models/libs/${fileName}`);
  });
});
