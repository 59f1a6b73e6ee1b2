#!/bin/bash
# Device call 2: wait for the builds, stage them, and check the cuda variant for real.
export PATH=/usr/local/cuda/bin:$PATH PYTHONUNBUFFERED=1
for i in $(seq 1 80); do [ -f /tmp/wheel.rc ] && [ -f /tmp/server.rc ] && break; sleep 5; done
for part in wheel server; do echo "== $part rc=$(cat /tmp/$part.rc 2>/dev/null || echo running)"; grep -v "^\s*|\|warning\|note:" /tmp/$part.log | tail -3; done
cp /tmp/wheel.log /tmp/server.log $OUT/ 2>/dev/null
XDG_CACHE_HOME=/tmp/xdg python3 native/build.py --backend cuda-portable --cuda-arch 90 --stage /tmp/stage 2>&1 | tail -2
N=$(ls -d /tmp/stage/native/llama.cpp-*); ls $N/bin | tr '\n' ' '; echo; du -sh $N/bin /tmp/stage/wheels/*
cat $N/native.json
export PYTHONPATH=/tmp/site:$(pwd)
python3 $N/convert_hf_to_gguf.py /tmp/tiny --outfile /tmp/tiny.gguf --outtype f16 2>&1 | tail -1
echo "== installer facts on this machine"
python3 -c "
from appliance.bundle.install import machine_facts, choose_variant
rel = {'variants': {'cpu': {}, 'cuda': {'cuda_architectures': ['90']}}}
f = machine_facts(); print(f); print(choose_variant(rel, f))
rel2 = {'variants': {'cpu': {}, 'cuda': {'cuda_architectures': ['100']}}}; print(choose_variant(rel2, f))"
echo "== llama-server, cuda-portable, -ngl 99"
$N/bin/llama-server -m /tmp/tiny.gguf --port 18080 -ngl 99 --ctx-size 512 > /tmp/srv.log 2>&1 &
for i in $(seq 1 60); do curl -sf localhost:18080/health >/dev/null && break; sleep 1; done
curl -s localhost:18080/completion -d '{"prompt":"hello world","n_predict":16,"temperature":0}' | python3 -c "import json,sys; d=json.load(sys.stdin); print(repr(d['content'][:60]), d['timings']['predicted_per_second'])"
kill %1; sleep 1; grep -iE "CUDA|load_backend|offload|sapphire" /tmp/srv.log | head -12; cp /tmp/srv.log $OUT/
echo "== in-process wheel (llama-cpp-python), GPU offload"
rm -rf /tmp/py && mkdir /tmp/py && cd /tmp/py && python3 -m zipfile -e /tmp/stage/wheels/llama_cpp_python-*.whl . && cd - >/dev/null
ls /tmp/py/llama_cpp/lib | tr '\n' ' '; echo
PYTHONPATH=/tmp/py:/tmp/site:$(pwd) python3 -c "
from appliance.host import native
m = native.llama_module()
print('gpu offload', native.gpu_offload_supported(), 'cpu kernels', native.best_cpu_variant())
llm = m.Llama('/tmp/tiny.gguf', n_ctx=256, n_gpu_layers=-1, verbose=True)
print(repr(llm('hello world', max_tokens=8, temperature=0)['choices'][0]['text']))
" 2>&1 | grep -iE "gpu offload|CUDA0|offloaded|^'|Error|error" | head -12
echo "== a machine without the driver: hide the GPU, the same runtime runs on the CPU modules"
CUDA_VISIBLE_DEVICES= $N/bin/llama-server -m /tmp/tiny.gguf --port 18081 -ngl 99 --ctx-size 512 > /tmp/srv2.log 2>&1 &
for i in $(seq 1 60); do curl -sf localhost:18081/health >/dev/null && break; sleep 1; done
curl -s localhost:18081/completion -d '{"prompt":"hello world","n_predict":16,"temperature":0}' | python3 -c "import json,sys; d=json.load(sys.stdin); print(repr(d['content'][:60]))"
kill %1; grep -iE "CUDA|load_backend|offload|no usable" /tmp/srv2.log | head -6
