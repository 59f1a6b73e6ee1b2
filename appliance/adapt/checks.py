"""Drift checks of a line (appliance/adapt/loop.py runs them; ``appliance drift check``): the
newest captured requests against the line's reference through ``appliance/adapt/drift.py``'s
detectors, with the production model's own embeddings when asked, stored and audited."""

from __future__ import annotations

import json

from appliance.adapt import drift
from appliance.adapt.capture import CaptureStore, line_row
from appliance.adapt.policy import policy_from_dict
from appliance.adapt.review import prompt_messages
from appliance.audit.actions import action
from appliance.errors import InvalidInputError
from appliance.ids import new_id, utc_now
from appliance.messages import M

MIN_WINDOW = 20
MIN_TRAFFIC_REFERENCE = 50  # earlier requests a check needs to compare prompts with traffic, not training data
ANSWER_DETECTORS = ("answer_length", "refusal_rate", "rating_rate")


def _dec(row: dict) -> dict:
    out = dict(row)
    if isinstance(out.get("result"), str):
        out["result"] = json.loads(out["result"])
    return out


def _observation(doc: dict) -> drift.Observation:
    prompt = prompt_messages(doc)
    ratings = [f["rating"] for f in doc.get("feedback") or [] if f.get("rating") in (1, -1)]
    usage = doc.get("usage") or {}
    return drift.Observation(
        prompt=prompt[-1]["content"] if prompt else "",
        answer=doc.get("answer") or "",
        prompt_tokens=usage.get("prompt_tokens") or None,
        answer_tokens=usage.get("completion_tokens") or None,
        rating=ratings[-1] if ratings else None,
        at=doc.get("at") or "",
    )


def _tokenizer(home, catalog, line: dict):
    model = catalog.row_by_id("models", line["base_model_id"])
    path = home.root / model["path"] / "tokenizer.json" if model else None
    if path is None or not path.is_file():
        return None
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(path))


def drift_check(home, catalog, keys, line: dict, *, window: int | None = None, embeddings: bool = False) -> dict:
    """``check_drift_now``, with the production model's embeddings when ``embeddings`` (its own
    llama-server, for the check's duration)."""
    if not embeddings:
        return check_drift_now(home, catalog, keys, line["id"], window=window)
    with ServedEmbeddings(home, catalog, line) as embed:
        return check_drift_now(home, catalog, keys, line["id"], window=window, embed=embed)


def check_drift_now(
    home, catalog, keys, line_ref: str, *, window: int | None = None, alpha: float | None = None, embed=None
) -> dict:
    """The line's newest ``window`` captured requests against its reference: the requests it
    captured before the window (up to 1000; for prompts only once there are at least
    ``MIN_TRAFFIC_REFERENCE`` and half a window of them, else its training data and accepted
    traffic: how people ask is not how training rows are written, so real traffic is the better
    reference as soon as there is enough of it).
    Stored in ``drift_checks`` and audited (``adapt.drift_check``: the detectors' statistics)."""
    from appliance.data.datasets import DatasetStore

    line = line_row(catalog, line_ref)
    policy = policy_from_dict((line.get("meta") or {}).get("policy"))
    window = window or policy.triggers.drift_window
    alpha = alpha or policy.triggers.drift_alpha
    store = CaptureStore(home, catalog, keys)
    rows = store.items(line["id"], limit=window + 1000)
    recent, earlier = rows[:window], rows[window:]
    if len(recent) < MIN_WINDOW:
        raise InvalidInputError(
            M(
                "adapt.window_too_small",
                "Line {line} has {n} captured request(s); a drift check needs at least {least}.",
                line=line["name"],
                n=len(recent),
                least=MIN_WINDOW,
            ),
            hint=M("adapt.window_too_small.hint", "Switch capture on and let the line serve; check again later."),
        )
    with action(
        catalog, "adapt.drift_check", objects=[line["id"]], params={"window": len(recent), "alpha": alpha}
    ) as act:
        docs = store.read(rows, purpose="drift")
        by_id = {d["id"]: d for d in docs}
        win = [_observation(by_id[r["id"]]) for r in recent]
        before = [_observation(by_id[r["id"]]) for r in earlier]
        accepted = [_observation(by_id[r["id"]]) for r in earlier if r["status"] == "accepted"]
        if len(before) >= max(MIN_TRAFFIC_REFERENCE, window // 2):
            reference, kind = before, "traffic"  # what the line served before the window
        else:  # too little earlier traffic: the line's training data and its accepted traffic
            ds = DatasetStore(home, catalog, keys)
            records = [rec for d in line["dataset_ids"] for rec in ds.read_records(d, purpose="drift reference")]
            reference, kind = drift.observations_from_records(records) + accepted, "training data"
        prompt_side = tuple(d for d in drift.DETECTORS if d not in ANSWER_DETECTORS)
        share = len(prompt_side) / len(drift.DETECTORS)
        first = drift.check_drift(
            reference,
            win,
            alpha=alpha * share,
            tokenizer=_tokenizer(home, catalog, line),
            embed=embed,
            detectors=prompt_side,
        )
        second = drift.check_drift(before, win, alpha=alpha * (1 - share), detectors=ANSWER_DETECTORS)
        check = drift.DriftCheck(
            alpha=alpha, n_reference=len(reference), n_window=len(win), results=first.results + second.results
        )
        result = check.to_dict()
        result["answer_reference"] = len(before)
        result["reference"] = kind
        cid = new_id("dc")
        row = {
            "id": cid,
            "line_id": line["id"],
            "created_at": utc_now(),
            "window_from": recent[-1]["created_at"],
            "window_to": recent[0]["created_at"],
            "n_window": len(win),
            "n_reference": len(reference),
            "alarm": int(check.alarm),
            "result": json.dumps(result),
        }
        act.add_object(cid)
        act.output(alarm=check.alarm, alarms=check.alarms, p_values={r.name: r.p_value for r in check.results if r.ran})
        with catalog.atomic():
            catalog.db["drift_checks"].insert(row, pk="id")
    return _dec(row)


class ServedEmbeddings:
    """Embeddings of the line's production model, computed by its own ``llama-server`` (started
    with ``--embeddings`` for one check, stopped after it): ``embed(texts) -> (n, d) array``."""

    def __init__(self, home, catalog, line: dict):
        from appliance.serving.backends import LlamaServer
        from appliance.serving.runtime import resolve_servable

        s = resolve_servable(home, catalog, f"{line['name']}@production")
        self.backend = LlamaServer(
            s.path,
            alias=f"{line['name']}-drift",
            n_ctx=min(2048, s.context_length or 2048),
            slots=2,
            embeddings=True,
            log_kept=False,
            warmup=False,
            label=f"{line['name']}/drift-embeddings",
        )

    def __enter__(self):
        self.backend.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.backend.stop()

    def __call__(self, texts: list[str]):
        import httpx
        import numpy as np

        out = []
        with httpx.Client(timeout=600, trust_env=False) as http:
            for i in range(0, len(texts), 32):
                r = http.post(
                    self.backend.base_url + "/v1/embeddings",
                    json={"input": [t or " " for t in texts[i : i + 32]], "model": self.backend.alias},
                    headers=self.backend.headers,
                )
                r.raise_for_status()
                out += [d["embedding"] for d in sorted(r.json()["data"], key=lambda d: d["index"])]
        return np.asarray(out, dtype=np.float32)
