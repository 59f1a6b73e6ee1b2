#!/bin/bash
# Device call 2 (issue 26, item 4), after cuda_variant_build.sh (call 1: the cuda-portable wheel and
# llama-server, built in parallel): the whole loop on CUDA with every GGUF in llama-server, then
# the GPU tests and the GPU benchmarks. Results under $OUT. Prepared on a CPU machine: not yet run
# on a GPU (docs/benchmarks.md gets its figures when it is).
#   LoRA on the GPU (gpu-standard) → merge → export q8_0 through the gate → chat → evaluate the
#   shipped suite (--slots 8) → promote → serve and answer 1, 8 and 32 concurrent clients
set -u
export PATH=/usr/local/cuda/bin:$PATH PYTHONUNBUFFERED=1
for i in $(seq 1 80); do [ -f /tmp/wheel.rc ] && [ -f /tmp/server.rc ] && break; sleep 5; done
XDG_CACHE_HOME=/tmp/xdg python3 native/build.py --backend cuda-portable --cuda-arch 90 --stage /tmp/stage 2>&1 | tail -2
N=$(ls -d /tmp/stage/native/llama.cpp-*)
rm -rf /tmp/py && mkdir /tmp/py && (cd /tmp/py && python3 -m zipfile -e /tmp/stage/wheels/llama_cpp_python-*.whl .)
export PYTHONPATH=/tmp/py:/tmp/site:$(pwd) APPLIANCE_LLAMA_CPP_TOOLS=$N APPLIANCE_LLAMA_SERVER=$N/bin/llama-server
export APPLIANCE_HOME=/tmp/loop APPLIANCE_DEMO_PRESET=gpu-standard
t0=$(date +%s)
python3 -m appliance doctor 2>&1 | grep -E "GPU|placement|llama" | tee $OUT/doctor.txt
echo "== the loop (make demo's steps, the gpu-standard preset)"
python3 -m appliance.demos.loop > $OUT/loop.txt 2>&1; echo "loop rc=$? after $(( $(date +%s) - t0 )) s" | tee -a $OUT/summary.txt
tail -30 $OUT/loop.txt
echo "== chat on the GPU"
python3 -m appliance chat kestrel-registry-tuned --prompt "How do I register a birth?" --max-tokens 32 2>&1 | tee $OUT/chat.txt | tail -4
grep -q "runs all layers on the GPU" $OUT/chat.txt && echo "chat: all layers on the GPU" | tee -a $OUT/summary.txt
echo "== pytest -m gpu"
timeout 240 python3 -m pytest -m gpu -q -p no:cacheprovider tests 2>&1 | tail -8 | tee -a $OUT/summary.txt
echo "== serving: ours and raw llama-server, 1 / 8 / 32 clients"
for c in 1 8 32; do timeout 120 python3 bench/bench_serving.py --clients $c --repeat 3 2>&1 | tail -6 | tee -a $OUT/serving.txt; done
echo "== training: 1.7B shape, sequence 2048, ours against Trainer+peft"
python3 - <<'PY'
import torch, shutil
from pathlib import Path
from transformers import LlamaConfig, LlamaForCausalLM
cfg = LlamaConfig(hidden_size=2048, intermediate_size=8192, num_hidden_layers=24, num_attention_heads=32,
                  num_key_value_heads=32, vocab_size=49152, max_position_embeddings=8192, tie_word_embeddings=True)
LlamaForCausalLM(cfg).to(torch.bfloat16).save_pretrained("/tmp/m17", safe_serialization=True)
tok = next(Path("/tmp/loop/models").glob("*/tokenizer.json")).parent
for f in tok.iterdir():
    if f.name.startswith(("tokenizer", "special", "chat_template")): shutil.copy(f, "/tmp/m17/" + f.name)
PY
timeout 200 python3 bench/bench_train.py --device cuda --model-dir /tmp/m17 --steps 10 --repeat 1 2>&1 | tail -10 | tee $OUT/train.txt
echo "total $(( $(date +%s) - t0 )) s" | tee -a $OUT/summary.txt
