"""Model cards and CycloneDX ML-BOMs of verified exports (export/card.py, docs/model-cards.md):
written and signed when an export is verified, built later for one that has none, valid CycloneDX
1.6, free of dataset text, copied out beside the GGUF, shown by `appliance exports card`, and
carried by evidence packages with signatures an auditor checks."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from conftest import run
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from appliance.audit.actions import action
from appliance.audit.log import AuditLog
from appliance.audit.signing import sign_detached, verify_detached
from appliance.catalog import Catalog
from appliance.errors import ExportError, InvalidInputError
from appliance.export import card
from appliance.export.pipeline import Exporter
from appliance.home import Home

MARKER = "QUOKKA-ZEBRA-4417"  # in dataset rows (and quoted by a gate report): never in a card
DOCS = ("card.json", "card.md", "bom.cdx.json")


def _public(cat) -> bytes:
    return bytes(AuditLog(cat).state()["signing_public"])


def _bom_problem(text: str):
    return JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.fixture
def served(served_home, tmp_path):
    root = tmp_path / "served"
    shutil.copytree(served_home, root)
    home = Home.open(root)
    with Catalog.open(home) as cat:
        yield home, cat, next(e for e in cat.list_exports() if e["status"] == "verified")


# Signatures -------------------------------------------------------------------------------------------
def test_a_detached_signature_verifies_and_fails_after_any_change(catalog):
    data = b'{"a": 1}\n'
    sig = sign_detached(catalog, data, "model-card")
    public = _public(catalog)
    assert sig["alg"] == "ed25519" and sig["key"] == public.hex() and sig["kind"] == "model-card"
    assert sig["sha256"] == hashlib.sha256(data).hexdigest() and sig["signed_at"].endswith("Z")
    assert verify_detached(data, sig, public) is None
    for i in range(len(data)):
        assert "changed after it was signed" in verify_detached(_flip(data, i), sig, public)
    for field in ("kind", "signed_at"):  # a signed field altered in the .sig file
        assert "does not verify" in verify_detached(data, {**sig, field: sig[field] + "x"}, public)
    forged = {**sig, "signature": _flip(bytes.fromhex(sig["signature"]), 5).hex()}
    assert "does not verify" in verify_detached(data, forged, public)
    assert "another key" in verify_detached(data, sig, bytes(32))
    assert "lacks signature" in verify_detached(data, {k: v for k, v in sig.items() if k != "signature"}, public)
    assert "not a JSON object" in verify_detached(data, None, public)
    assert "algorithm" in verify_detached(data, {**sig, "alg": "rsa"}, public)


# A verified export ----------------------------------------------------------------------------------
def test_a_verified_export_has_a_signed_card_and_a_valid_ml_bom(served):
    home, cat, row = served
    record = card.card_record(row)
    folder = (home.root / row["path"]).parent
    assert sorted(record["files"]) == sorted([*DOCS, *(d + ".sig" for d in DOCS)])
    for name, meta in record["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == meta["sha256"]
    for name in DOCS:
        data, sig = (folder / name).read_bytes(), json.loads((folder / (name + ".sig")).read_bytes())
        assert verify_detached(data, sig, _public(cat)) is None, name
        assert sig["kind"] == card.FILES[name]
        assert "does not match the signed SHA-256" in verify_detached(_flip(data, len(data) // 2), sig, _public(cat))
    c = json.loads((folder / "card.json").read_bytes())
    model = cat.get_model(row["model_id"])
    assert c["format"] == "appliance.model-card/v1"
    assert c["export"] | {"id": row["id"], "sha256": row["sha256"], "quant": "f16", "status": "verified"} == c["export"]
    assert c["base_model"]["id"] == model["id"] and c["base_model"]["sha256"] == model["sha256"]
    assert c["evaluation"]["export_gate"]["status"] == "pass" and c["training"] == [] and c["data"] == []
    assert c["intended_use"]["set_by"] == "default" and model["name"] in c["intended_use"]["text"]
    assert any(lim["kind"] == "measured" and "No evaluation suite" in lim["text"] for lim in c["limitations"])
    bom_text = (folder / "bom.cdx.json").read_text()
    assert _bom_problem(bom_text) is None
    bom = json.loads(bom_text)
    subject = bom["metadata"]["component"]
    assert bom["specVersion"] == "1.6" and subject["type"] == "machine-learning-model"
    assert subject["hashes"] == [{"alg": "SHA-256", "content": row["sha256"]}]
    assert "Model card" in (folder / "card.md").read_text() and row["sha256"] in (folder / "card.md").read_text()
    refs = {c["bom-ref"] for c in bom["components"]}
    assert {f"model:{model['id']}", "tool:llama-cpp-python", "tool:convert_hf_to_gguf.py"} <= refs
    [deps] = [d for d in bom["dependencies"] if d["ref"] == subject["bom-ref"]]
    assert f"model:{model['id']}" in deps["dependsOn"] and "tool:convert_hf_to_gguf.py" in deps["dependsOn"]
    # The validator is not a rubber stamp: a field CycloneDX 1.6 does not define is refused.
    bom["metadata"]["component"]["modelCard"]["modelParameters"]["learningRate"] = "0.1"
    assert _bom_problem(json.dumps(bom)) is not None


def test_load_builds_the_card_of_an_export_verified_before_cards_and_repairs_one(served, unlocked_keys):
    home, cat, row = served
    folder = (home.root / row["path"]).parent
    for name in [*DOCS, *(d + ".sig" for d in DOCS)]:
        (folder / name).unlink()
    with action(cat, "test.forget-card"):
        cat.update_export(row["id"], card=None)
    loaded = card.load(home, cat, row["id"])
    assert loaded["card"]["export"]["id"] == row["id"] and (folder / "card.json").is_file()
    assert verify_detached(loaded["raw"]["bom.cdx.json"], loaded["signatures"]["bom.cdx.json"], _public(cat)) is None
    (folder / "card.md").write_text("# Model card: something else\n")  # altered in place
    again = card.load(home, cat, row["id"])
    assert again["markdown"].startswith(f"# Model card: {loaded['card']['export']['file']}")
    reasons = [r["params"]["reason"] for r in unlocked_keys(cat, "export.card")]
    assert reasons[-2:] == ["missing", "altered"]
    assert card.load(home, cat, row["id"])["card"]["generated_at"] == again["card"]["generated_at"]  # kept as is


def test_a_card_that_cannot_be_written_leaves_the_export_verified_and_is_built_later(served, unlocked_keys):
    home, cat, row = served
    folder = (home.root / row["path"]).parent
    (folder / "card.md").unlink()
    (folder / "card.md").mkdir()  # a folder where the Markdown goes: writing it fails
    (folder / "card.md" / "in-the-way").write_text("x")
    again, report = Exporter(home, cat).verify(row["id"])
    assert again["status"] == "verified" and report.status == "pass"
    assert "card not written" in (home.logs_dir / f"export-{row['id']}.log").read_text()
    shutil.rmtree(folder / "card.md")
    loaded = card.load(home, cat, row["id"])
    assert verify_detached(loaded["raw"]["card.md"], loaded["signatures"]["card.md"], _public(cat)) is None
    recs = unlocked_keys(cat, "export.card")
    assert [r["outcome"] for r in recs[-2:]] == ["failed", "ok"] and recs[-1]["params"]["reason"] == "altered"
    assert recs[-2]["within"] == "export.verify"


def test_no_card_for_an_export_that_is_not_verified(served):
    home, cat, row = served
    with action(cat, "test.fail-export"):
        cat.update_export(row["id"], status="failed")
    with pytest.raises(ExportError, match="verified exports only"):
        card.load(home, cat, row["id"])
    with pytest.raises(ExportError, match="verified exports only"):
        card.write(home, cat, cat.get_export(row["id"]))


def test_copy_out_puts_the_card_the_bom_and_their_signatures_beside_the_gguf(served, tmp_path, unlocked_keys):
    home, cat, row = served
    out = tmp_path / "out"
    out.mkdir()
    dest = Exporter(home, cat).copy_out(row["id"], out / "m.gguf")
    beside = ["m.card.json", "m.card.json.sig", "m.card.md", "m.card.md.sig", "m.cdx.json", "m.cdx.json.sig"]
    assert sorted(p.name for p in card.beside(dest)) == beside
    assert sorted(p.name for p in out.iterdir()) == sorted(["m.gguf", *beside])
    for doc in ("m.card.json", "m.card.md", "m.cdx.json"):
        sig = json.loads((out / (doc + ".sig")).read_bytes())
        assert verify_detached((out / doc).read_bytes(), sig, _public(cat)) is None, doc
    assert (
        json.loads((out / "m.card.json").read_bytes())["export"]["sha256"]
        == hashlib.sha256(dest.read_bytes()).hexdigest()
    )
    [rec] = unlocked_keys(cat, "export.copy")
    assert rec["outputs"]["card_sha256"] == card.card_record(cat.get_export(row["id"]))["files"]["card.json"]["sha256"]
    # A card file already there refuses the copy, naming it; nothing is written.
    (out / "n.cdx.json").write_text("mine")
    with pytest.raises(InvalidInputError, match="n.cdx.json already exists"):
        Exporter(home, cat).copy_out(row["id"], out / "n.gguf")
    assert not (out / "n.gguf").exists() and (out / "n.cdx.json").read_text() == "mine"


def test_the_cli_shows_writes_and_re_signs_the_card(served, tmp_path, capsys, monkeypatch):
    home, cat, row = served
    monkeypatch.setenv("APPLIANCE_HOME", str(home.root))
    code, out, err = run(capsys, "exports", "card", row["id"])
    assert code == 0, err
    assert out.startswith("# Model card: ") and "## Limitations" in out and row["sha256"] in out
    code, out, err = run(capsys, "exports", "card", row["id"], "--format", "bom", "-o", str(tmp_path / "b.json"))
    assert code == 0, err
    bom = (tmp_path / "b.json").read_bytes()
    assert _bom_problem(bom.decode()) is None
    assert verify_detached(bom, json.loads((tmp_path / "b.json.sig").read_bytes()), _public(cat)) is None
    use = "Answering staff questions about office hours, on the intranet only."
    code, out, err = run(capsys, "exports", "card", row["id"], "--format", "json", "--intended-use", use)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["intended_use"] == {"text": use, "set_by": "operator"}
    bom = json.loads(card.load(home, cat, row["id"])["bom"])
    assert bom["metadata"]["component"]["modelCard"]["considerations"]["useCases"] == [use]
    assert card.card_record(cat.get_export(row["id"]))["intended_use"] == use
    code, out, err = run(capsys, "exports", "card", row["id"], "--intended-use", "   ")
    assert code == 4 and "intended use" in err


# What a card says of a trained model (constructed rows: fast) -------------------------------------------
def _constructed(home, catalog, datasets, bpe_tokenizer, tmp_path) -> dict:
    """A built-in-like base model, a LoRA run on a dataset holding MARKER, its merged model, an
    evaluation, a line decision and a verified export whose gate report quotes MARKER (as a real
    parity example quotes a held-out line): catalog rows and a stand-in GGUF file."""
    src = tmp_path / "rows.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": f"Code {i}?"}, {"role": "assistant", "content": f"{MARKER} {i}"}]}
        for i in range(12)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dsv, _, _ = datasets.import_file(src, name="offices", tokenizer=bpe_tokenizer, eval_fraction=0.2)
    now = "2026-01-01T00:00:00.000Z"
    base = {"id": "mdl-base000001", "name": "smol", "kind": "builtin", "path": "models/mdl-base000001"}
    base |= {"sha256": "a" * 64, "created_at": now, "params": 135_000_000, "meta": {"license": "Apache-2.0"}}
    merged = {"id": "mdl-merged0001", "name": "smol-offices", "kind": "merged", "path": "models/mdl-merged0001"}
    merged |= {"sha256": "b" * 64, "created_at": now, "architecture": "LlamaForCausalLM"}
    merged["meta"] = {"run_id": "run-0000000001", "base_model_id": base["id"]}
    recipe = {
        "run": {"base_model": "smol", "datasets": ["offices"]},
        "method": {"kind": "lora"},
        "lora": {"rank": 8, "alpha": 16.0, "dropout": 0.05, "target_modules": ["q_proj"]},
        "training": {"learning_rate": 2e-4, "max_steps": 40, "batch_size": 4, "seed": 7, "device": "cpu"},
    }
    gguf = home.root / "exports" / "exp-0000000001" / "smol-offices-q8_0.gguf"
    gguf.parent.mkdir(parents=True)
    gguf.write_bytes(b"GGUF" + bytes(60))
    gate = {
        "quant": "q8_0",
        "status": "pass",
        "checks": [{"name": "logits", "status": "pass", "detail": "ok"}, {"name": "parity", "status": "warn"}],
        "logits": {"top1": 0.97, "kl_mean": 0.002, "positions": 64},
        "parity": [{"script": "Latn", "lines": 3, "identical": 2, "lossy": 0, "examples": [{"text": MARKER}]}],
        "tokenizer": [{"probe": MARKER, "hf": [1], "llama": [2]}],
        "tokenizer_policy": "default",
    }
    with action(catalog, "test.construct"):
        catalog.add_model(base)
        catalog.add_model(merged, parents={"run-0000000001": "merged-from", base["id"]: "base-of"})
        with catalog.atomic():
            catalog.db["runs"].insert(
                {
                    "id": "run-0000000001",
                    "name": "offices-lora",
                    "status": "completed",
                    "method": "lora",
                    "base_model_id": base["id"],
                    "base_model_sha256": base["sha256"],
                    "dataset_ids": json.dumps([dsv["id"]]),
                    "recipe": json.dumps(recipe),
                    "recipe_sha256": "c" * 64,
                    "device": "cuda:0",
                    "precision": "bf16",
                    "path": "runs/run-0000000001",
                    "versions": json.dumps({"torch": "2.13.0", "appliance": "0.1.0"}),
                    "created_at": now,
                    "finished_at": now,
                }
            )
            catalog.db["suites"].insert(
                {"id": "ste-1", "name": "office-qa", "version": 2, "sha256": "d" * 64, "path": "x", "key_id": "k"}
                | {"created_at": now}
            )
            summary = {"cases": 7, "done": 7, "passed": 4, "pass_rate": 0.5714, "errors": 0}
            summary |= {"by_slice": {"topic": {"hours": [3, 3], "billing": [1, 4]}}, "failed_cases": [MARKER]}
            catalog.db["evaluations"].insert(
                {"id": "ev-1", "model_id": merged["id"], "suite_id": "ste-1", "target": "hf", "status": "completed"}
                | {"summary": json.dumps(summary), "created_at": now, "finished_at": now}
            )
            catalog.db["lines"].insert({"id": "ln-1", "name": "kestrel", "recipe": "{}", "created_at": now})
            verdict = {"summary": "refused", "checks": [{"name": "min_pass_rate", "passed": False, "text": "57%"}]}
            catalog.db["line_events"].insert(
                {"id": "le-1", "line_id": "ln-1", "kind": "refused", "channel": "production"}
                | {"model_id": merged["id"], "passed": 0, "verdict": json.dumps(verdict), "created_at": now}
            )
        row = catalog.add_export(
            {
                "id": "exp-0000000001",
                "model_id": merged["id"],
                "quant": "q8_0",
                "path": gguf.relative_to(home.root).as_posix(),
                "sha256": hashlib.sha256(gguf.read_bytes()).hexdigest(),
                "size_bytes": gguf.stat().st_size,
                "status": "verified",
                "gate": gate,
                "tool_versions": {"llama_cpp_python": "0.3.36", "gguf_py": "0.19.0", "torch": "2.13.0"},
                "created_at": now,
                "meta": {"model_sha256": merged["sha256"]},
            },
            parents={merged["id"]: "exported-from"},
        )
    return {"row": row, "dataset": dsv, "base": base, "merged": merged}


def test_a_card_names_data_runs_and_results_and_never_the_data_itself(home, catalog, datasets, bpe_tokenizer, tmp_path):
    made = _constructed(home, catalog, datasets, bpe_tokenizer, tmp_path)
    card.write(home, catalog, made["row"])
    loaded = card.load(home, catalog, made["row"]["id"])
    for name, data in loaded["raw"].items():
        assert MARKER.encode() not in data, f"{name} holds dataset text"
    assert MARKER not in card.render_markdown(loaded["card"], "fr")
    c, dsv = loaded["card"], made["dataset"]
    [d] = c["data"]
    assert (
        d | {"id": dsv["id"], "name": "offices", "version": 1, "sealed_sha256": dsv["sha256"], "role": "training"} == d
    )
    assert d["rows"] == 12 and d["personal_data"]["policy"] == "report"
    [r] = c["training"]
    assert r["hyperparameters"]["lora.rank"] == 8 and r["hyperparameters"]["training.learning_rate"] == 2e-4
    assert c["recipe"] == {
        "run_id": r["id"],
        "sha256": "c" * 64,
        "method": "lora",
        "hyperparameters": r["hyperparameters"],
    }
    assert c["hardware"] == {"device": "cuda:0", "precision": "bf16"}
    assert [m["id"] for m in c["lineage"]] == [made["merged"]["id"], made["base"]["id"]]
    assert c["base_model"]["licence"] == "Apache-2.0" and c["model"]["licence"] == "Apache-2.0"  # a derivative
    [ev] = c["evaluation"]["evaluations"]
    assert {"slice": "topic=billing", "passed": 1, "cases": 4} in ev["slices"] and "failed_cases" not in ev
    assert (
        c["evaluation"]["line_gates"][0] | {"line": "kestrel", "kind": "refused", "passed": False}
        == (c["evaluation"]["line_gates"][0])
    )
    gate = c["evaluation"]["export_gate"]
    assert gate["parity"] == [{"script": "Latn", "lines": 3, "identical": 2, "lossy": 0}]
    assert gate["tokenizer_differences"] == 1
    measured = [lim["text"] for lim in c["limitations"] if lim["kind"] == "measured"]
    assert any("topic=billing passed 1 of 4" in t for t in measured) and any("parity" in t for t in measured)
    assert not any("topic=hours" in t for t in measured)
    fixed = [lim["text"] for lim in c["limitations"] if lim["kind"] == "fixed"]
    assert any("135,000,000 parameters" in t for t in fixed) and any("quantized to q8_0" in t for t in fixed)
    assert "offices v1" in c["intended_use"]["text"] and "smol" in c["intended_use"]["text"]
    bom = json.loads(loaded["bom"])
    assert _bom_problem(loaded["bom"]) is None
    deps = {x["ref"]: set(x.get("dependsOn", [])) for x in bom["dependencies"]}
    assert deps[f"model:{made['merged']['id']}"] == {f"model:{made['base']['id']}", f"data:{dsv['id']}"}
    [data] = [x for x in bom["components"] if x["type"] == "data"]
    assert data["hashes"] == [{"alg": "SHA-256", "content": dsv["sha256"]}] and data["data"][0]["type"] == "dataset"
    metrics = bom["metadata"]["component"]["modelCard"]["quantitativeAnalysis"]["performanceMetrics"]
    assert {"type": "pass rate (office-qa v2, hf; 1/4)", "value": "0.25", "slice": "topic=billing"} in metrics
    base = next(x for x in bom["components"] if x["bom-ref"] == f"model:{made['base']['id']}")
    assert base["licenses"] == [{"license": {"id": "Apache-2.0"}}]


def test_evidence_packages_carry_the_cards_and_their_signatures_are_checked(
    home, catalog, datasets, bpe_tokenizer, tmp_path
):
    from appliance.audit.evidence import export_evidence
    from appliance.audit.package import read_package
    from appliance.audit.package_cards import check_cards
    from appliance.errors import PackageError

    made = _constructed(home, catalog, datasets, bpe_tokenizer, tmp_path)
    export_id = made["row"]["id"]
    card.write(home, catalog, made["row"])
    export_evidence(catalog, tmp_path / "pkg")
    pkg = read_package(tmp_path / "pkg")
    entry = pkg["cards"][export_id]
    assert entry["status"] == "verified" and entry["missing"] == [] and entry["altered"] == []
    assert sorted(entry["files"]) == sorted([*DOCS, *(d + ".sig" for d in DOCS)])
    assert check_cards(pkg) == []
    assert (tmp_path / "pkg" / "cards" / export_id / "card.md").read_bytes() == entry["files"]["card.md"]
    # A card file changed in the package after export: the reader refuses the package.
    p = tmp_path / "pkg" / "cards" / export_id / "bom.cdx.json"
    p.write_bytes(_flip(p.read_bytes(), 40))
    with pytest.raises(PackageError, match="does not match the manifest"):
        read_package(tmp_path / "pkg")
    # A card altered in the workspace is carried as it is, named, and its signature fails.
    folder = (home.root / made["row"]["path"]).parent
    (folder / "card.md").write_bytes(_flip((folder / "card.md").read_bytes(), 10))
    (folder / "bom.cdx.json.sig").unlink()
    export_evidence(catalog, tmp_path / "pkg2")
    pkg = read_package(tmp_path / "pkg2")
    entry = pkg["cards"][export_id]
    assert entry["altered"] == ["card.md"] and entry["missing"] == ["bom.cdx.json.sig"]
    problems = [str(m) for m in check_cards(pkg)]
    assert any(f"card {export_id}/card.md: the document does not match" in m for m in problems)
    assert any(f"card {export_id}/bom.cdx.json: the signature is not a JSON object" in m for m in problems)
    assert any(f"card {export_id}/bom.cdx.json.sig: missing in the workspace" in m for m in problems)


# End to end: a real run, merge and export -----------------------------------------------------------------
@pytest.mark.heavy  # about 30 s; the constructed rows above cover each part in a second
def test_a_trained_merged_and_exported_model_gets_its_card_at_export(
    home, catalog, unlocked, tiny_dirs, bpe_tokenizer, tmp_path
):
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import merge_run, start_training

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    src = tmp_path / "offices.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": f"Office {i}?"}, {"role": "assistant", "content": f"{MARKER}-{i}"}]}
        for i in range(20)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dsv, _, _ = DatasetStore(home, catalog, unlocked).import_file(src, name="offices", tokenizer=bpe_tokenizer)
    recipe = recipe_from_dict(
        {
            "run": {"base_model": "tiny", "datasets": ["offices"]},
            "training": {"max_steps": 2, "batch_size": 4, "sequence_length": 64, "device": "cpu", "precision": "fp32"},
        }
    )
    run_row = start_training(home, catalog, unlocked, recipe)
    merge_run(home, catalog, run_row["id"], name="tiny-offices")
    row, _ = Exporter(home, catalog).export("tiny-offices", "f16")
    assert row["status"] == "verified" and card.card_record(row)["files"]
    folder = (home.root / row["path"]).parent
    for name in DOCS:
        data = (folder / name).read_bytes()
        assert MARKER.encode() not in data, name
        assert verify_detached(data, json.loads((folder / (name + ".sig")).read_bytes()), _public(catalog)) is None
    c = json.loads((folder / "card.json").read_bytes())
    assert [d["id"] for d in c["data"]] == [dsv["id"]] and c["data"][0]["sealed_sha256"] == dsv["sha256"]
    assert c["recipe"]["sha256"] == run_row["recipe_sha256"] == c["training"][0]["recipe_sha256"]
    assert c["hardware"] == {"device": "cpu", "precision": "fp32"}
    assert c["base_model"]["name"] == "tiny" and c["model"]["name"] == "tiny-offices"
    assert _bom_problem((folder / "bom.cdx.json").read_text()) is None


@pytest.fixture
def unlocked_keys():
    """``records(catalog, action)``: the decrypted audit records of ``action``."""
    from conftest import PASSPHRASE
    from test_library_api import _records

    from appliance.security.vault import Vault
    from appliance.workspace import unlock

    opened = []

    def records(cat, name):
        mk = unlock(Vault(cat), PASSPHRASE)
        opened.append(mk)
        return _records(cat, mk, name)

    yield records
    for mk in opened:
        mk.forget()
