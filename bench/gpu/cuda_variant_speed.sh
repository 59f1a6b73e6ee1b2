#!/bin/bash
# Device call: the cuda variant's llama-server on a random model of TinyLlama-1.1B's shape, q8_0:
# decode tokens/s offloaded to the GPU vs on the CPU kernels it picked (same binary, same GGUF).
export PATH=/usr/local/cuda/bin:$PATH PYTHONUNBUFFERED=1 PYTHONPATH=/tmp/site:$(pwd):$(pwd)/tests
N=$(ls -d /tmp/stage/native/llama.cpp-*)
python3 - <<'PY'
import torch, shutil
from pathlib import Path
from transformers import LlamaConfig, LlamaForCausalLM
tok = Path("/tmp/tok")
cfg = LlamaConfig(hidden_size=2048, intermediate_size=5632, num_hidden_layers=22, num_attention_heads=32,
                  num_key_value_heads=4, vocab_size=32000, max_position_embeddings=2048, bos_token_id=1, eos_token_id=2)
torch.manual_seed(0)
m = LlamaForCausalLM(cfg).to(torch.float16)
m.save_pretrained("/tmp/big", safe_serialization=True)
for f in tok.iterdir():
    if f.is_file(): shutil.copy(f, "/tmp/big/" + f.name)
print("params", sum(p.numel() for p in m.parameters()))
PY
python3 $N/convert_hf_to_gguf.py /tmp/big --outfile /tmp/big.gguf --outtype q8_0 2>&1 | tail -1
ls -la /tmp/big.gguf
run() { # $1 port, $2 ngl, rest env
  $N/bin/llama-server -m /tmp/big.gguf --port $1 -ngl $2 --ctx-size 2048 -t 16 > /tmp/s$1.log 2>&1 &
  for i in $(seq 1 120); do curl -sf localhost:$1/health >/dev/null && break; sleep 1; done
  for r in 1 2 3 4; do curl -s localhost:$1/completion -d '{"prompt":"Once upon a time in a land far away there lived","n_predict":128,"temperature":0,"ignore_eos":true,"cache_prompt":false}' | python3 -c "import json,sys; t=json.load(sys.stdin)['timings']; print('ngl=$2', round(t['prompt_per_second'],1), round(t['predicted_per_second'],1))"; done
  kill %1; wait
}
run 18090 99
run 18091 0
