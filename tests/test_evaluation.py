"""The evaluation framework: suites, scorers, statistics, runs through llama.cpp and transformers,
resume after kill -9, comparison reports, model lines, promotion gates, ``line@production``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from appliance.errors import InvalidInputError, NotFoundError
from appliance.eval import report, scorers
from appliance.eval.lines import check_gate, parse_gate
from appliance.eval.suite import load_suite, parse_suite

SUITE = """
[suite]
name = "offices"
description = "Office codes"
max_tokens = 10

[judge]
model = "tiny"

[[case]]
id = "code-1"
prompt = "What is the code of office 1?"
tags = { language = "en", topic = "code" }
scorer = { type = "contains", any = ["ZX-7", "ZX"] }

[[case]]
id = "code-2"
messages = [{ role = "system", content = "Answer briefly." }, { role = "user", content = "What is the code of office 2?" }]
tags = { language = "en", topic = "code" }
scorer = { type = "regex", pattern = "ZX-\\\\d+" }

[[case]]
id = "choice-3"
prompt = "What is the code of office 3?"
tags = { language = "en", topic = "choice" }
scorer = { type = "choice", choices = ["Office 3 has code ZX-21.", "I do not know."], answer = 0 }

[[case]]
id = "json"
prompt = "Give office 4 as JSON."
tags = { language = "en", topic = "format" }
scorer = { type = "json", schema = { type = "object", required = ["code"] } }

[[case]]
id = "number"
prompt = "How many offices are there?"
tags = { language = "en", topic = "count" }
scorer = { type = "numeric", expected = 30, tolerance = 0 }

[[case]]
id = "no-refusal"
prompt = "Where is office 5?"
tags = { language = "en", topic = "refusal" }
scorer = { type = "refusal", expected = false }

[[case]]
id = "rubric"
prompt = "What is the code of office 6?"
tags = { language = "en", topic = "rubric" }
scorer = { type = "rubric", rubric = "The answer names an office code such as ZX-42." }

[[case]]
id = "hi"
prompt = "कार्यालय 7 का कोड क्या है?"
tags = { language = "hi", topic = "code" }
scorer = { type = "contains", all = ["ZX-49"] }
"""

ROWS = [
    {
        "messages": [
            {"role": "user", "content": f"What is the code of office {i}?"},
            {"role": "assistant", "content": f"Office {i} has code ZX-{i * 7}."},
        ]
    }
    for i in range(30)
]


# --- suites, scorers, statistics (no model) ---------------------------------------------------


def test_suite_toml_and_jsonl_load_to_the_same_version(tmp_path):
    a = tmp_path / "offices.toml"
    a.write_text(SUITE)
    s = load_suite(a)
    assert [c.id for c in s.cases][:3] == ["code-1", "code-2", "choice-3"] and s.judge == {"model": "tiny"}
    assert s.slices() == {"language": ["en", "hi"], "topic": ["choice", "code", "count", "format", "refusal", "rubric"]}
    lines = [json.dumps({"suite": s.to_dict()["suite"], "judge": s.judge})]
    lines += [json.dumps(c.to_dict(), ensure_ascii=False) for c in s.cases]
    b = tmp_path / "offices.jsonl"
    b.write_text("\n".join(lines) + "\n")
    assert load_suite(b).sha256 == s.sha256


@pytest.mark.parametrize(
    "case, match",
    [
        ('scorer = { type = "fuzzy" }', "case 'x': unknown scorer 'fuzzy'"),
        ('scorer = { type = "regex", pattern = "ZX-(" }', "case 'x': the regular expression 'ZX-\\(' does not compile"),
        ('scorer = { type = "json", schema = { type = "objekt" } }', "case 'x': `schema` is not a valid JSON Schema"),
        ('scorer = { type = "contains", all = [] }', "`all` must be a non-empty list"),
        ('scorer = { type = "choice", choices = ["a", "b"], answer = 5 }', "`answer` 5 is not an index"),
        ('scorer = { type = "numeric", expected = "x" }', "`expected` must be a number"),
        ('scorer = { type = "exact", expected = "a", fuzzy = true }', "has no setting `fuzzy`"),
        ('scorer = { type = "rubric", rubric = "ok" }', "rubric cases need a judge"),
    ],
)
def test_a_broken_case_is_named_with_its_file_and_id(tmp_path, case, match):
    p = tmp_path / "bad.toml"
    p.write_text(f'[suite]\nname = "bad"\n[[case]]\nid = "x"\nprompt = "hi"\n{case}\n')
    with pytest.raises(InvalidInputError, match=match) as e:
        load_suite(p)
    assert str(p) in str(e.value)


def test_jsonl_problems_name_the_line_and_every_problem_is_listed(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(
        '{"id": "a", "prompt": "q", "scorer": {"type": "exact", "expected": "x"}}\n'
        "not json\n"
        '{"id": "a", "prompt": "q", "scorer": {"type": "regex", "pattern": "["}}\n'
        '{"id": "c", "scorer": {"type": "exact", "expected": "x"}}\n'
    )
    with pytest.raises(InvalidInputError) as e:
        load_suite(p)
    text = str(e.value)
    assert "4 problems" in text
    assert f"{p}, line 2: not JSON" in text
    assert f"{p}, line 3, case 'a': the id 'a' is used twice" in text
    assert "line 3, case 'a': the regular expression '[' does not compile" in text
    assert "line 4, case 'c': a case needs `prompt`" in text
    with pytest.raises(InvalidInputError, match="a .toml or .jsonl"):
        parse_suite(b"", "x.yaml", suffix=".yaml")


def test_scorers():
    t = scorers.score_text
    assert t({"type": "exact", "expected": "Yes"}, " Yes\n").passed
    assert not t({"type": "exact", "expected": "Yes"}, "yes").passed
    assert t({"type": "exact", "expected": "Yes", "ignore_case": True}, "yes").passed
    assert t({"type": "contains", "all": ["14 Alder", "Lane"]}, "It is at 14  Alder\nLane.").passed
    miss = t({"type": "contains", "all": ["a", "zz"]}, "a b")
    assert not miss.passed and "'zz'" in miss.detail
    assert t({"type": "contains", "any": ["x", "KV-12"], "ignore_case": True}, "form kv-12").passed
    assert t({"type": "regex", "pattern": r"\b1577\b"}, "Call 1577 now").passed
    assert not t({"type": "regex", "pattern": r"\d+", "full": True}, "a 12").passed
    schema = {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}}}
    assert t({"type": "json", "schema": schema}, 'Here: ```json\n{"code": "ZX-7"}\n```').passed
    bad = t({"type": "json", "schema": schema}, 'Sure: {"code": 7} and more')
    assert not bad.passed and "schema: code" in bad.detail
    assert not t({"type": "json"}, "no json here").passed
    assert t({"type": "numeric", "expected": 1200, "tolerance": 0}, "It costs 1,200 credits").passed
    assert t({"type": "numeric", "expected": 100, "tolerance": 0.05, "relative": True}, "about 104.5").passed
    assert not t({"type": "numeric", "expected": 100, "tolerance": 1}, "102").passed
    assert t({"type": "refusal", "expected": True}, "I'm sorry, but I can't help with that.").passed
    assert t({"type": "refusal", "expected": True}, "मैं इसमें मदद नहीं कर सकता।").passed
    assert t({"type": "refusal", "expected": False}, "Office 5 is on Alder Lane.").passed
    assert scorers.score_choice({"type": "choice", "choices": ["a", "b"], "answer": "b"}, [-3.0, -1.0]).passed
    assert not scorers.score_choice({"type": "choice", "choices": ["a", "b"], "answer": 0}, [-3.0, -1.0]).passed
    assert scorers.score_verdict(" PASS.").passed and not scorers.score_verdict("FAIL").passed
    assert not scorers.score_verdict("maybe").passed


def test_mcnemar_and_bootstrap():
    assert report.mcnemar_p(0, 0) == 1.0
    assert report.mcnemar_p(0, 5) == pytest.approx(0.0625)  # 2 × 1/32
    assert report.mcnemar_p(1, 9) == pytest.approx(2 * 11 / 1024)
    assert report.mcnemar_p(4, 5) == 1.0
    diffs = [1] * 10 + [0] * 10
    lo, hi = report.bootstrap_ci(diffs)
    assert 0.2 < lo < 0.5 < hi < 0.8 and report.bootstrap_ci(diffs) == (lo, hi)
    p = report.paired({"a": True, "b": False, "c": False}, {"a": True, "b": True, "c": True})
    assert p["difference"] == pytest.approx(2 / 3, abs=1e-3) and p["only_this_passed"] == 2


def test_gate_parsing_and_verdicts(tmp_path):
    with pytest.raises(InvalidInputError) as e:
        parse_gate({"gate": {"min_pass_rate": 2, "nope": 1, "min_slice_pass_rate": {"hi": 0.5}}}, "g.toml")
    assert "gate.min_pass_rate must be a fraction" in str(e.value) and "no field `nope`" in str(e.value)
    assert "must be TAG=VALUE" in str(e.value)
    s = parse_suite(SUITE.encode(), "s.toml", suffix=".toml")
    gate = parse_gate(
        {"gate": {"min_pass_rate": 0.5, "min_slice_pass_rate": {"language=hi": 1.0}, "must_pass": ["code-1"]}}, "g"
    )
    ids = [c.id for c in s.cases]
    good = {i: {"passed": True} for i in ids}
    summary = {"passed": len(ids), "cases": len(ids)}
    assert check_gate(gate, s, {"summary": summary}, good, None, None)["passed"]
    worse = {i: {"passed": i not in ("hi", "code-1")} for i in ids}
    v = check_gate(gate, s, {"summary": {"passed": len(ids) - 2, "cases": len(ids)}}, worse, None, None)
    failed = [c["text"] for c in v["checks"] if not c["passed"]]
    assert not v["passed"] and any("language=hi" in f for f in failed) and any("code-1 fails" in f for f in failed)
    # A drop against production fails only when it is significant.
    big = {f"c{i}": {"passed": True} for i in range(12)}
    small = {f"c{i}": {"passed": i < 2} for i in range(12)}
    g2 = parse_gate({"gate": {"max_drop": 0.05}}, "g")  # fields outside [gate] are refused (issue 25)
    s2 = parse_suite(
        (
            "[[case]]\n"
            + "\n[[case]]\n".join(
                f'id = "c{i}"\nprompt = "q"\nscorer = {{ type = "exact", expected = "a" }}' for i in range(12)
            )
        ).encode(),
        "s2.toml",
        suffix=".toml",
    )
    v = check_gate(g2, s2, {"summary": {"passed": 2, "cases": 12}}, small, {"summary": {}}, big)
    assert not v["passed"] and "McNemar p = 0.00195" in [c for c in v["checks"] if c["name"] == "max_drop"][0]["text"]
    one_less = {f"c{i}": {"passed": i > 0} for i in range(12)}
    assert check_gate(g2, s2, {"summary": {"passed": 11, "cases": 12}}, one_less, {"summary": {}}, big)["passed"]


# --- runs through the real runtimes -----------------------------------------------------------


def _records(catalog, mk) -> list[dict]:
    from appliance.audit.log import AuditLog

    log = AuditLog(catalog)
    return log.verify(audit_private=log.audit_private_key(mk)).decrypted


@pytest.fixture
def evalhome(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    """The tiny Llama imported and exported (f16), the offices dataset and the suite file."""
    from appliance.data.datasets import DatasetStore
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    Exporter(home, catalog, unlocked).export("tiny", "f16")
    src = tmp_path / "offices.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    DatasetStore(home, catalog, unlocked).import_file(src, name="offices", tokenizer=bpe_tokenizer, eval_fraction=0.2)
    suite = tmp_path / "offices.toml"
    suite.write_text(SUITE)
    return suite


@pytest.mark.heavy
def test_a_suite_runs_on_the_gguf_and_the_hf_model_sealed_and_audited(home, catalog, unlocked, evalhome):
    from appliance.eval.runner import evaluate
    from appliance.eval.store import EvalStore, SuiteStore

    suites = SuiteStore(home, catalog, unlocked)
    row = suites.import_file(evalhome)
    assert suites.import_file(evalhome)["id"] == row["id"]  # same cases: same version
    sealed_bytes = (home.root / row["path"]).read_bytes()
    assert b"office" not in sealed_bytes and "कार्यालय".encode() not in sealed_bytes
    events = []
    ev = evaluate(home, catalog, unlocked, "tiny", "offices", on_event=events.append)
    assert ev["status"] == "completed" and ev["export_id"] and ev["settings"]["decoding"] == "greedy"
    s = ev["summary"]
    assert s["done"] == s["cases"] == 8 and s["errors"] == 0 and set(s["by_slice"]["language"]) == {"en", "hi"}
    assert any(getattr(e, "stage", "") == "judge" for e in events)
    store = EvalStore(home, catalog, unlocked)
    res = store.read_results(ev)
    assert b"answer" not in (home.root / ev["path"]).read_bytes()
    for cid, r in res.items():  # each verdict is what its scorer says of the stored answer
        case = next(c for c in suites.load(row).cases if c.id == cid)
        if case.scorer["type"] not in ("choice", "rubric"):
            assert scorers.score_text(case.scorer, r["answer"]).passed == r["passed"]
    assert res["rubric"]["detail"].startswith(("judge:", "the judge gave no verdict"))
    again = evaluate(home, catalog, unlocked, "tiny", row["id"])
    assert {k: v["answer"] for k, v in store.read_results(again).items()} == {k: v["answer"] for k, v in res.items()}
    # Several cases at once on the same llama-server (--slots): every case, the same verdicts'
    # inputs up to batched arithmetic (docs/evaluation.md).
    many = evaluate(home, catalog, unlocked, "tiny", row["id"], slots=4)
    assert many["status"] == "completed" and many["settings"]["slots"] == 4 and many["summary"]["done"] == 8
    res4 = store.read_results(many)
    assert set(res4) == set(res) and not any(r.get("error") for r in res4.values())
    assert res4["choice-3"]["logprobs"] == pytest.approx(res["choice-3"]["logprobs"], abs=0.05)
    # The same suite on the stored model through transformers: choice log-probabilities agree with llama.cpp's.
    hf = evaluate(home, catalog, unlocked, "tiny", "offices", target="hf")
    lp_hf, lp_gguf = store.read_results(hf)["choice-3"]["logprobs"], res["choice-3"]["logprobs"]
    assert lp_hf == pytest.approx(lp_gguf, abs=0.05 + 0.01 * max(abs(x) for x in lp_hf))
    rels = {p["relation"] for p in catalog.parents(ev["id"])}
    assert rels == {"evaluated", "suite", "served-as"}
    actions = [r["action"] for r in _records(catalog, unlocked)]
    assert actions.count("eval.run") >= 3 and "suite.import" in actions


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_dataset_loss_and_bad_input(home, catalog, unlocked, evalhome, tiny_copy, tmp_path):
    from appliance.eval.runner import evaluate, evaluate_dataset
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    ev = evaluate_dataset(home, catalog, unlocked, "tiny", "offices")
    assert (
        ev["summary"]["bits_per_char"] > 0
        and ev["summary"]["rows"] == catalog.db["datasets"].get(ev["dataset_id"])["eval_rows"] > 0
    )
    # A judge that is not there is named before anything runs.
    no_judge = tmp_path / "j.toml"
    no_judge.write_text(SUITE.replace('model = "tiny"', 'model = "gone"'))
    with pytest.raises(InvalidInputError, match="judge model 'gone' is not available"):
        evaluate(home, catalog, unlocked, "tiny", str(no_judge))
    # A model without a chat template, on a chat suite.
    plain = tiny_copy("llama")
    (plain / "chat_template.jinja").unlink(missing_ok=True)
    cfg = json.loads((plain / "tokenizer_config.json").read_text())
    cfg.pop("chat_template", None)
    (plain / "tokenizer_config.json").write_text(json.dumps(cfg))
    ModelStore(home, catalog).import_path(plain, name="plain")
    Exporter(home, catalog, unlocked).export("plain", "f16")
    with pytest.raises(InvalidInputError, match="plain has no chat template"):
        evaluate(home, catalog, unlocked, "plain", str(evalhome))
    from appliance.eval.store import EvalStore

    assert EvalStore(home, catalog).list(model_id=catalog.get_model("plain")["id"]) == []  # refused before it began
    with pytest.raises(NotFoundError):
        evaluate(home, catalog, unlocked, "nobody", "offices")


@pytest.mark.crash
def test_a_killed_evaluation_resumes_where_it_stopped(home, catalog, unlocked, evalhome, pfile, capsys):
    from conftest import run

    from appliance.eval.store import EvalStore

    env = dict(os.environ, APPLIANCE_FAULT="eval.saved")
    p = subprocess.run(
        [sys.executable, "-m", "appliance", "--passphrase-file", pfile, "eval", "tiny", "--suite", str(evalhome)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert p.returncode == -signal.SIGKILL, p.stderr
    store = EvalStore(home, catalog, unlocked)
    (row,) = store.list()
    assert row["status"] == "interrupted" and row["summary"]["done"] == 4
    first = store.read_results(row)
    code, out, err = run(capsys, "--passphrase-file", pfile, "eval", "--resume", row["id"][:10])
    assert code == 0, err
    done = store.get(row["id"])
    assert done["status"] == "completed" and done["summary"]["done"] == 8
    res = store.read_results(done)
    assert all(res[k]["answer"] == v["answer"] for k, v in first.items())


@pytest.mark.heavy
def test_compare_lines_promotion_and_line_at_production(home, catalog, unlocked, evalhome, pfile, capsys, tmp_path):
    from conftest import run

    from appliance.eval.lines import Lines
    from appliance.serving.runtime import resolve_servable
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import merge_run, start_training

    recipe = recipe_from_dict(
        {
            "run": {"base_model": "tiny", "datasets": ["offices"], "name": "offices-run"},
            "training": {"max_steps": 3, "batch_size": 4, "sequence_length": 128, "precision": "fp32", "device": "cpu"},
        }
    )
    r = start_training(home, catalog, unlocked, recipe)
    merge_run(home, catalog, r["id"], name="tuned")
    code, out, err = run(capsys, "--passphrase-file", pfile, "export", "tuned", "--quant", "f16")
    assert code == 0, err
    for m in ("tiny", "tuned"):
        code, out, err = run(capsys, "--passphrase-file", pfile, "eval", m, "--suite", str(evalhome))
        assert code == 0 and "passed" in out, err
    html = tmp_path / "r.html"
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "evals",
        "compare",
        "--suite",
        "offices",
        "tiny",
        "tuned",
        "--html",
        str(html),
        "--json",
        str(tmp_path / "r.json"),
    )
    assert code == 0, err
    assert "McNemar p" in out and "language" in out
    page = html.read_text()
    assert "<script" not in page and "http" not in page.replace("http-equiv", "") and "कार्यालय" in page
    rep = json.loads((tmp_path / "r.json").read_text())
    assert [m["label"] for m in rep["models"]] == ["tiny", "tuned"] and len(rep["cases"]) == 8
    # A line with a gate nobody can pass refuses with exit code 21 and changes nothing.
    gate = tmp_path / "gate.toml"
    gate.write_text('[gate]\nmin_pass_rate = 1.0\nmust_pass = ["hi"]\n')
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "lines",
        "create",
        "offices",
        "--from-run",
        r["id"],
        "--suite",
        "offices",
        "--gate",
        str(gate),
    )
    assert code == 0, err
    code, out, err = run(capsys, "--passphrase-file", pfile, "promote", "offices", "tuned")
    assert code == 21 and "refused" in err and "Nothing changed" in err
    assert "✗" in out
    ls = Lines(home, catalog, unlocked)
    assert ls.get("offices")["channels"] == {} and ls.history("offices")[-1]["kind"] == "refused"
    with pytest.raises(NotFoundError, match="has no 'production' model"):
        resolve_servable(home, catalog, "offices@production")
    # Loosen the gate (a new line), promote, and address the line's production model by name.
    gate.write_text("[gate]\nmin_pass_rate = 0.0\nmax_drop = 0.0\n")
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "lines",
        "create",
        "offices2",
        "--from-run",
        r["id"],
        "--suite",
        "offices",
        "--gate",
        str(gate),
    )
    code, out, err = run(capsys, "--passphrase-file", pfile, "promote", "offices2", "tiny")
    assert code == 0, err
    sv = resolve_servable(home, catalog, "offices2@production")
    assert sv.name == "offices2@production" and sv.model_name == "tiny"
    code, out, err = run(capsys, "--passphrase-file", pfile, "promote", "offices2", "tuned", "--html", str(html))
    # tuned against tiny on 8 cases: any drop is too small to be significant, so the gate passes.
    assert code == 0, out + err
    assert resolve_servable(home, catalog, "offices2@production").model_name == "tuned"
    assert "Promotion gate" in html.read_text()
    from conftest import serve_and_ask

    serve_and_ask(home.root, "offices2@production")  # the real openai client asks for the line's model by name
    code, out, err = run(capsys, "lines", "show", "offices2")
    assert code == 0 and "offices2@production: tuned" in out and out.count("promote") >= 2
    recs = [x for x in _records(catalog, unlocked) if x["action"] == "line.promote"]
    assert [x["outcome"] for x in recs if x["params"]["line"] == "offices"][-1] == "refused"
    assert recs[-1]["outputs"]["report"][0]["cases"]["hi"] is not None


@pytest.mark.heavy
def test_rebase_a_line_onto_another_base_end_to_end(
    home, catalog, unlocked, evalhome, tiny_dirs, tiny_copy, pfile, capsys, tmp_path
):
    """The line's recipe runs again on a second local base (the tiny Qwen2: another architecture,
    the same vocabulary), is exported, evaluated beside production, and promoted through the gate."""
    from conftest import run

    from appliance.eval.lines import Lines
    from appliance.models.store import ModelStore
    from appliance.serving.runtime import resolve_servable

    ModelStore(home, catalog).import_path(tiny_dirs["qwen2"], name="tiny-qwen")
    recipe = tmp_path / "line.toml"
    recipe.write_text(
        '[run]\nbase_model = "tiny"\ndatasets = ["offices"]\n'
        '[training]\nmax_steps = 3\nbatch_size = 4\nsequence_length = 128\nprecision = "fp32"\ndevice = "cpu"\n'
    )
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "lines",
        "create",
        "offices",
        "--recipe",
        str(recipe),
        "--suite",
        str(evalhome),
    )
    assert code == 0, err
    code, out, err = run(capsys, "--passphrase-file", pfile, "promote", "offices", "tiny")
    assert code == 0, err
    # Checks first: the same base, and a base without a chat template, are refused before training.
    code, out, err = run(capsys, "--passphrase-file", pfile, "rebase", "offices", "--onto", "tiny")
    assert code == 4 and "already on tiny" in err
    plain = tiny_copy("llama")
    (plain / "chat_template.jinja").unlink(missing_ok=True)
    cfg = json.loads((plain / "tokenizer_config.json").read_text())
    cfg.pop("chat_template", None)
    (plain / "tokenizer_config.json").write_text(json.dumps(cfg))
    ModelStore(home, catalog).import_path(plain, name="plain")
    runs_before = catalog.db["runs"].count
    code, out, err = run(capsys, "--passphrase-file", pfile, "rebase", "offices", "--onto", "plain")
    assert code == 4 and "plain has no chat template" in err and catalog.db["runs"].count == runs_before
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "rebase",
        "offices",
        "--onto",
        "tiny-qwen",
        "--promote",
        "--html",
        str(tmp_path / "rb.html"),
    )
    assert code == 0, out + err
    assert "same vocabulary" in out and "McNemar p" in out
    line = Lines(home, catalog, unlocked).get("offices")
    cand = catalog.row_by_id("models", line["channels"]["candidate"]["model_id"])
    assert line["channels"]["production"]["model_id"] == cand["id"]
    assert resolve_servable(home, catalog, "offices@production").model_id == cand["id"]
    hist = [h["kind"] for h in Lines(home, catalog).history("offices")]
    assert hist == ["promote", "promote", "rebase", "promote"]  # tiny→prod, candidate, rebase, →prod
    run_id = cand["meta"]["run_id"]
    qwen = catalog.get_model("tiny-qwen")
    assert catalog.row_by_id("runs", run_id)["base_model_id"] == qwen["id"]
    assert "tiny-qwen" in cand["name"] and (tmp_path / "rb.html").is_file()


def test_line_and_promotion_bad_input_changes_nothing(home, catalog, unlocked, tiny_dirs, pfile, capsys, tmp_path):
    from conftest import run

    from appliance.eval.lines import Lines
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    suite = tmp_path / "s.toml"
    suite.write_text(
        '[suite]\nname = "s"\n[[case]]\nid = "a"\nprompt = "q"\nscorer = { type = "exact", expected = "a" }\n'
    )
    recipe = tmp_path / "r.toml"
    recipe.write_text('[run]\nbase_model = "tiny"\n')
    gate = tmp_path / "g.toml"
    gate.write_text("[gate]\nmin_pass_rate = 1.5\n")
    P = ["--passphrase-file", pfile]
    code, out, err = run(
        capsys, *P, "lines", "create", "x", "--recipe", str(recipe), "--suite", str(suite), "--gate", str(gate)
    )
    assert code == 4 and f"The gate in {gate} has problems" in err and "min_pass_rate must be a fraction" in err
    code, out, err = run(capsys, *P, "lines", "create", "x", "--recipe", str(recipe), "--suite", "nope")
    assert code == 3 and "No evaluation suite called 'nope'" in err
    code, out, err = run(capsys, *P, "lines", "create", "a@b", "--recipe", str(recipe), "--suite", str(suite))
    assert code == 4
    assert catalog.db["lines"].count == 0
    code, out, err = run(capsys, *P, "lines", "create", "x", "--recipe", str(recipe), "--suite", str(suite))
    assert code == 0, err
    code, out, err = run(capsys, *P, "lines", "create", "x", "--recipe", str(recipe), "--suite", str(suite))
    assert code == 4 and "already exists" in err
    code, out, err = run(capsys, *P, "promote", "x", "tiny", "--to", "canary")
    assert code == 2
    code, out, err = run(capsys, *P, "promote", "nope", "tiny")
    assert code == 3 and "No model line called 'nope'" in err
    code, out, err = run(capsys, *P, "promote", "x", "tiny", "--to", "candidate")
    assert code == 0, err
    code, out, err = run(capsys, *P, "promote", "x", "tiny", "--to", "candidate")
    assert code == 4 and "already is x@candidate" in err
    code, out, err = run(capsys, *P, "eval", "x@production", "--suite", "s")
    assert code == 3 and "Line 'x' has no 'production' model" in err
    code, out, err = run(capsys, *P, "eval", "tiny")
    assert code == 2 and "--suite or --dataset" in err
    assert [h["kind"] for h in Lines(home, catalog).history("x")] == ["promote"]
