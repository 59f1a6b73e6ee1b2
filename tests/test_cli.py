"""The CLI as users and IT scripts meet it: messages, exit codes, JSON, --debug."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import run


@pytest.fixture(autouse=True)
def workspace(home):
    """Every command here runs in an initialised workspace (changes need one)."""
    return home


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and "0.1.0" in out
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for cmd in ("models", "export", "exports", "chat", "serve", "token", "doctor"):
        assert cmd in out


def test_models_list_json_before_and_after_import(capsys, tiny_dirs):
    code, out, _ = run(capsys, "models", "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert data == [
        {"id": None, "kind": "builtin", "name": "smollm2-135m-instruct", "status": "available; unpacked on first use"}
    ]
    code, out, err = run(capsys, "models", "import", str(tiny_dirs["llama"]), "--name", "cli-llama", "--json")
    assert code == 0, err
    row = json.loads(out)
    assert row["name"] == "cli-llama" and len(row["sha256"]) == 64
    code, out, _ = run(capsys, "models", "show", "cli-llama", "--json")
    shown = json.loads(out)
    assert shown["id"] == row["id"] and "model.safetensors" in shown["files"]
    code, out, _ = run(capsys, "models", "list")
    assert "cli-llama" in out and "LlamaForCausalLM" in out


def test_errors_are_messages_with_exit_codes_not_tracebacks(capsys, tmp_path):
    code, out, err = run(capsys, "models", "show", "missing-model")
    assert code == 3
    assert "No model called 'missing-model'" in err and "appliance models list" in err
    assert "Traceback" not in err
    (tmp_path / "m").mkdir()
    code, _, err = run(capsys, "models", "import", str(tmp_path / "m"))
    assert code == 4 and "no config.json" in err and "Traceback" not in err
    code, _, err = run(capsys, "serve", "nothing", "--host", "0.0.0.0")
    assert code == 8 and "--allow-non-loopback" in err


def test_debug_shows_the_traceback(capsys):
    code, _, err = run(capsys, "--debug", "models", "show", "missing-model")
    assert code == 3 and "Traceback" in err


def test_bad_option_value(capsys):
    code, _, err = run(capsys, "export", "x", "--quant", "q9")
    assert code == 2 and "q9" in err


@pytest.mark.heavy
def test_export_chat_and_exports_commands(capsys, tiny_dirs):
    assert run(capsys, "models", "import", str(tiny_dirs["llama"]), "--name", "c")[0] == 0
    code, out, err = run(capsys, "export", "c", "--quant", "f16")
    assert code == 0, err
    assert "Verification gate (f16): PASS" in err and "verified" in out
    code, out, _ = run(capsys, "exports", "list", "--json")
    (exp,) = json.loads(out)
    code, out, _ = run(capsys, "exports", "show", exp["id"])
    assert "Verification gate (f16): PASS" in out and "exported-from" not in out
    code, out, err = run(capsys, "chat", "c", "--prompt", "Hello", "--max-tokens", "4", "--temperature", "0")
    assert code == 0, err
    assert out.strip() != "" or err  # the tiny model may answer with whitespace only
    code, out, _ = run(capsys, "exports", "verify", exp["id"])
    assert code == 0 and "PASS" in out
    code, out, _ = run(capsys, "exports", "remove", exp["id"], "--yes")
    assert code == 0
    code, out, _ = run(capsys, "exports", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "models", "remove", "c", "--yes")
    assert code == 0


def test_failed_gate_exit_code_and_report(capsys, tiny_copy):
    d = tiny_copy("llama")
    gen = json.loads((d / "generation_config.json").read_text())
    gen["eos_token_id"] = [2, 300]
    (d / "generation_config.json").write_text(json.dumps(gen))
    assert run(capsys, "models", "import", str(d), "--name", "badgate")[0] == 0
    code, out, err = run(capsys, "export", "badgate", "--quant", "f16")
    assert code == 7
    assert "Verification gate (f16): FAIL" in err and "end-of-turn tokens" in err and "marked failed" in err
    code, _, err = run(capsys, "chat", "badgate", "--prompt", "hi")
    assert code == 8 and "no verified GGUF export" in err


def test_token_is_private_and_rotates(capsys, home_dir):
    code, out, _ = run(capsys, "token")
    first = out.strip()
    assert code == 0 and first.startswith("apl-")
    assert (home_dir / "secrets" / "server-token").stat().st_mode & 0o077 == 0
    assert run(capsys, "token")[1].strip() == first
    assert run(capsys, "token", "--rotate")[1].strip() != first


def test_doctor_json(capsys):
    code, out, _ = run(capsys, "doctor", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["llama_cpp"]["ok"] is True and info["llama_cpp"]["version"] == "0.3.36"
    assert info["offline"]["offline"] is True
    assert info["libraries"]["torch"].startswith("2.13.0")
    assert "avx2" in info["cpu"]["features"]
    # Where llama-server puts a model's layers: on this CPU build, the CPU.
    placement = info["placement"]
    assert placement["engine"] == "llama-server" and placement["offload_supported"] is False
    assert placement["builtin_model"]["gpu_layers"] == 0 and placement["builtin_model"]["runs"] == "on the CPU"
    code, out, _ = run(capsys, "doctor")
    assert code == 0 and "offline" in out and "GPU placement" in out


def test_console_script_runs_in_a_fresh_process(home_dir):
    r = subprocess.run([sys.executable, "-m", "appliance", "models", "show", "x"], capture_output=True, text=True)
    assert r.returncode == 3 and "No model called" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_interactive_chat_reads_turns_until_exit(tiny_dirs, home_dir):
    subprocess.run(
        [sys.executable, "-m", "appliance", "models", "import", str(tiny_dirs["mistral"]), "--name", "m"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "-m", "appliance", "export", "m", "--quant", "f16"], check=True, capture_output=True
    )
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "chat", "m", "--max-tokens", "3", "--temperature", "0"],
        input="hello\n/reset\nagain\n/exit\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("you> ") >= 3


def test_model_without_chat_template_cannot_chat(capsys, tiny_copy):
    d = tiny_copy("llama")
    cfg = json.loads((d / "tokenizer_config.json").read_text())
    cfg.pop("chat_template", None)
    (d / "tokenizer_config.json").write_text(json.dumps(cfg))
    (d / "chat_template.jinja").unlink(missing_ok=True)
    assert run(capsys, "models", "import", str(d), "--name", "plain")[0] == 0
    code, _, err = run(capsys, "export", "plain", "--quant", "f16")
    assert code == 0 and "[WARN] chat template embedded: the source tokenizer has no chat template" in err
    code, _, err = run(capsys, "chat", "plain", "--prompt", "hi")
    assert code == 8 and "no chat template" in err
