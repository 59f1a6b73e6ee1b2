"""Where the sources go in the prompt: a system message, or the question's own turn (issue 31;
appliance/knowledge/answer.py). On the demo workspace after ``make demo-docs``: the sample
circulars' questions (those whose answer holds in both versions of the fees circular) answered by
the built-in model's verified export, greedy, with k = 1, 2, 3 sources; counts of answers that
contain the expected value and of answers that cite a source by number, per language.

    python bench/retrieval_prompt.py
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("APPLIANCE_HOME", str(ROOT / ".demo-home"))

from appliance import workspace  # noqa: E402
from appliance.catalog import Catalog  # noqa: E402
from appliance.home import Home  # noqa: E402
from appliance.knowledge import index  # noqa: E402
from appliance.knowledge.answer import grounded_messages, source_label  # noqa: E402
from appliance.knowledge.store import DocStore  # noqa: E402
from appliance.samples import SAMPLES  # noqa: E402
from appliance.security.vault import Vault  # noqa: E402
from appliance.serving.chat import chat_session  # noqa: E402


def in_system(question: str, retrieval) -> list[dict]:
    ctx = "\n\n".join(f"[{h.rank}] ({source_label(h)})\n{h.text.strip()}" for h in retrieval.hits)
    instruction = (
        "Answer the question using only the numbered sources below. After each fact, cite its source by number "
        "in square brackets, for example [1]. If the sources do not contain the answer, say so."
    )
    return [{"role": "system", "content": f"{instruction}\n\n{ctx}"}, {"role": "user", "content": question}]


def in_question(question: str, retrieval) -> list[dict]:
    return grounded_messages([{"role": "user", "content": question}], retrieval)


def main() -> int:
    home = Home.open()
    passphrase = (ROOT / ".demo-home.passphrase").read_text().strip()
    with Catalog.open(home) as cat:
        keys = workspace.unlock(Vault(cat), passphrase)
        idx = index.load(DocStore(home, cat, keys), ["circulars"])
        lines = (SAMPLES / "circulars" / "questions.jsonl").read_text().splitlines()
        qs = [json.loads(line) for line in lines if line.strip()]
        qs = [q for q in qs if not q["id"].startswith("fees-birth")]  # 18 credits in version 1, 22 in 2
        base = cat.find_model("smollm2-135m-instruct")
        export = [e for e in cat.list_exports(base["id"]) if e["quant"] == "q8_0" and e["status"] == "verified"][-1]
        print(f"{'sources in':<14}{'k':>3}{'language':>10}{'right':>8}{'cited':>8}")
        with chat_session(home, cat, export["id"], n_ctx=4096) as s:
            for name, build in (("system", in_system), ("question", in_question)):
                for k in (1, 2, 3):
                    t = time.perf_counter()
                    for lang in ("en", "hi"):
                        sub = [q for q in qs if q["language"] == lang]
                        right = cited = 0
                        for q in sub:
                            msgs = build(q["question"], idx.search(q["question"], k=k))
                            ans = "".join(s.reply(msgs, max_tokens=60, temperature=0.0, repeat_penalty=1.0, seed=0))
                            right += all(a in ans for a in q["answer_contains"])
                            cited += "[" in ans
                        print(f"{name:<14}{k:>3}{lang:>10}{right:>5}/{len(sub):<2}{cited:>5}/{len(sub):<2}", flush=True)
                    print(f"   ({time.perf_counter() - t:.0f} s)")
        keys.forget()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
