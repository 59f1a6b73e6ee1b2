#!/bin/bash
# Device call 1: start the cuda-portable wheel and llama-server builds (in parallel, detached).
export PATH=/usr/local/cuda/bin:$PATH PYTHONUNBUFFERED=1
nvidia-smi -L; nvcc --version | tail -2; nproc; cmake --version | head -1
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/wheels/*.whl
mkdir -p /tmp/xdg/sovereign-appliance/sources && cp .gpu/cache/llama_cpp_python-0.3.36.tar.gz /tmp/xdg/sovereign-appliance/sources/
cat > /tmp/part.py <<'PY'
import importlib.util, sys, time
spec = importlib.util.spec_from_file_location("nb", "native/build.py"); nb = importlib.util.module_from_spec(spec); spec.loader.exec_module(nb)
v = nb.pinned_version(); args = nb.cmake_args_for("cuda-portable", "90"); t0 = time.time()
if sys.argv[1] == "wheel":
    print(nb.runtime_wheel(v, "cuda-portable", args))
else:
    print(nb.build_server(v, args, nb.source_archive(v)))
print("seconds", round(time.time() - t0))
PY
for part in wheel server; do
  setsid nohup bash -c "XDG_CACHE_HOME=/tmp/xdg APPLIANCE_PIP_NO_BUILD_ISOLATION=1 CMAKE_BUILD_PARALLEL_LEVEL=16 python3 /tmp/part.py $part > /tmp/$part.log 2>&1; echo \$? > /tmp/$part.rc" >/dev/null 2>&1 </dev/null &
done
# A tiny random Mistral-shaped model with a SentencePiece tokenizer (tests/tiny_models.py), for the checks.
PYTHONPATH=/tmp/site:$(pwd):$(pwd)/tests python3 -c "
import tiny_models; from pathlib import Path
t = tiny_models.spm_tokenizer(Path('/tmp/tok')); print(tiny_models.build_mistral(t, Path('/tmp/tiny')))" 2>&1 | tail -2
for i in $(seq 1 100); do
  [ -f /tmp/wheel.rc ] && [ -f /tmp/server.rc ] && break; sleep 5
done
for part in wheel server; do echo "== $part rc=$(cat /tmp/$part.rc 2>/dev/null || echo running)"; grep -v "^\s*|\|warning\|note:" /tmp/$part.log | tail -3; done
cp /tmp/wheel.log /tmp/server.log $OUT/ 2>/dev/null; true
