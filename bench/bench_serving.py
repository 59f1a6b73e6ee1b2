"""Generation speed through our OpenAI-compatible server against raw llama-cpp-python.

Same GGUF, same prompt, greedy decoding, same thread count, same number of generated tokens.
Raw: ``Llama.create_chat_completion(stream=True)`` in this process. Ours: ``appliance serve``
in a child process over loopback (streaming), read two ways: by a minimal SSE reader (httpx,
one string test per line: the server's own cost) and by the official ``openai`` client (which
parses every chunk into pydantic objects on the same cores: the end-to-end cost). Reports time
to first token and decode tokens/s (tokens after the first / time after the first), medians
of interleaved runs, and the ratios ours / raw (aim: tokens/s ≥ 0.95).

    python bench/bench_serving.py [--quant q8_0 f16] [--tokens 128] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time

from common import BENCH_HOME, ROOT, header, median, open_home, verified_export

PROMPT = [{"role": "user", "content": "Write a long story about a lighthouse keeper and a storm."}]


def measure(stream) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    first = None
    n = 0
    for piece in stream:
        if piece:
            n += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    return first - t0, (n - 1) / (end - first) if n > 1 else 0.0, n


def raw_stream(llm, tokens):
    for chunk in llm.create_chat_completion(messages=PROMPT, stream=True, max_tokens=tokens, temperature=0.0):
        yield chunk["choices"][0]["delta"].get("content")


def server_stream(client, tokens):
    for chunk in client.chat.completions.create(model="smollm2-135m-instruct", messages=PROMPT, stream=True,
                                                max_tokens=tokens, temperature=0.0):
        yield chunk.choices[0].delta.content if chunk.choices else None


def sse_stream(http, port, token, tokens):
    body = {"model": "smollm2-135m-instruct", "messages": PROMPT, "stream": True, "max_tokens": tokens,
            "temperature": 0.0}
    with http.stream("POST", f"http://127.0.0.1:{port}/v1/chat/completions", json=body, timeout=120,
                     headers={"Authorization": f"Bearer {token}"}) as r:
        for line in r.iter_lines():
            yield line if line.startswith("data: {") and '"content"' in line else None


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quant", nargs="+", default=["q8_0", "f16"])
    ap.add_argument("--tokens", type=int, default=128)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    header("Generation through our server vs raw llama-cpp-python (SmolLM2-135M)")
    import httpx
    import openai
    from llama_cpp import Llama

    from appliance.serving.token import get_or_create_token

    home, catalog = open_home()
    token = get_or_create_token(home)
    threads = os.cpu_count()
    for quant in args.quant:
        export = verified_export(home, catalog, quant)
        port = free_port()
        env = dict(os.environ, APPLIANCE_HOME=str(BENCH_HOME))
        server = subprocess.Popen([sys.executable, "-m", "appliance", "serve", export["id"], "--port", str(port),
                                   "--ctx", "2048"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token, max_retries=0)
            deadline = time.time() + 120
            while True:
                try:
                    client.models.list()
                    break
                except openai.APIConnectionError:
                    if time.time() > deadline:
                        raise
                    time.sleep(0.3)
            llm = Llama(str(home.root / export["path"]), n_ctx=2048, n_threads=threads, verbose=False)
            runs = {"raw": [], "sse": [], "openai": []}
            measure(raw_stream(llm, 8))  # warm-up all three
            http = httpx.Client()  # one connection, like the openai client keeps
            measure(sse_stream(http, port, token, 8))
            measure(server_stream(client, 8))
            for _ in range(args.repeat):
                runs["raw"].append(measure(raw_stream(llm, args.tokens)))
                runs["sse"].append(measure(sse_stream(http, port, token, args.tokens)))
                runs["openai"].append(measure(server_stream(client, args.tokens)))
            llm.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
        med = {k: (median([x[0] for x in v]), median([x[1] for x in v]), median([x[2] for x in v]))
               for k, v in runs.items()}
        r_ttft, r_tps, r_n = med["raw"]
        print(f"{quant:>6}: raw llama-cpp-python {r_tps:6.1f} tok/s, TTFT {r_ttft * 1000:5.1f} ms "
              f"({r_n:.0f} tokens)", flush=True)
        for key, label in (("sse", "our server, minimal SSE reader"), ("openai", "our server, openai client")):
            ttft, tps, n = med[key]
            print(f"{'':>6}  {label:<31} {tps:6.1f} tok/s, TTFT {ttft * 1000:5.1f} ms ({n:.0f} tokens) | "
                  f"tokens/s ratio {tps / r_tps:4.2f} | TTFT ratio {ttft / r_ttft:4.2f}", flush=True)


if __name__ == "__main__":
    main()
