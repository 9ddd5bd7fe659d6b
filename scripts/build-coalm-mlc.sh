#!/usr/bin/env bash
# Builds the MLC (web-llm) weights of CoALM 8B in q4f16_1 and q4f32_1 and lays them out where the
# app looks by default: public/models/CoALM-8B-<quant>-MLC/. See docs/coalm-weights.md.
#
# Needs: Python 3.10+ with the MLC LLM nightly (`pip install --pre -U -f https://mlc.ai/wheels
# mlc-llm-nightly-cpu mlc-ai-nightly-cpu`), `hf` (huggingface_hub) logged in with the CoALM
# licence accepted, about 16 GB for the source weights and 10 GB for the two builds.
# A GPU is not needed: conversion runs on the CPU (slower, same output).
#
# Usage: scripts/build-coalm-mlc.sh [source-dir] [output-dir]
#   source-dir  existing Hugging Face download of uiuc-convai/CoALM-8B (downloaded if missing)
#   output-dir  defaults to public/models
set -euo pipefail

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="${1:-$repo_root/.cache/CoALM-8B}"
output_dir="${2:-$repo_root/public/models}"
quantizations=(${COALM_QUANTIZATIONS:-q4f16_1 q4f32_1})
# The prebuilt Llama 3.1 8B model library web-llm uses was compiled with a 1k prefill chunk;
# the chat config must not ask for more. 4096 is CoALM's training length.
context_window=4096
prefill_chunk=1024

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "missing: $1 ($2)" >&2; exit 1; }
}
need mlc_llm "pip install --pre -U -f https://mlc.ai/wheels mlc-llm-nightly-cpu mlc-ai-nightly-cpu"

if [ ! -f "$source_dir/config.json" ]; then
  need hf "pip install -U huggingface_hub, then hf auth login"
  echo "Downloading uiuc-convai/CoALM-8B to $source_dir"
  hf download uiuc-convai/CoALM-8B --local-dir "$source_dir" \
    --include '*.safetensors' '*.json' 'tokenizer*'
fi

for quant in "${quantizations[@]}"; do
  out="$output_dir/CoALM-8B-$quant-MLC"
  echo "== $quant -> $out"
  mkdir -p "$out"
  mlc_llm convert_weight "$source_dir" --quantization "$quant" --device cpu -o "$out"
  mlc_llm gen_config "$source_dir" --quantization "$quant" --conv-template llama-3_1 \
    --context-window-size "$context_window" --prefill-chunk-size "$prefill_chunk" -o "$out"
  # web-llm 0.2.86 reads tensor-cache.json only; older MLC toolchains wrote ndarray-cache.json
  # with the same content.
  if [ ! -f "$out/tensor-cache.json" ] && [ -f "$out/ndarray-cache.json" ]; then
    cp "$out/ndarray-cache.json" "$out/tensor-cache.json"
  fi
  for required in mlc-chat-config.json tensor-cache.json tokenizer.json; do
    [ -f "$out/$required" ] || { echo "missing $out/$required" >&2; exit 1; }
  done
  shards=$(find "$out" -name 'params_shard_*.bin' | wc -l)
  size=$(du -sh "$out" | cut -f1)
  echo "   $shards shards, $size"
done

cat <<DONE
Done. Serve the app (npm start) and load "CoALM 8B" in the model panel: with an empty weights
URL it fetches from <origin>/models/CoALM-8B-<quant>-MLC/. To host elsewhere, upload each
folder and set the weights URL (a parent folder, a URL containing {quant}, or a Hugging Face
repository per quantization).
DONE
