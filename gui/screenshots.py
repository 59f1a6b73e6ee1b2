"""``make screenshots``: every page in English, Arabic and Hindi, as PNGs in docs/screenshots/.

Uses the home given with ``--home`` (``make screenshots`` passes the demo workspace, running
``make demo`` first if it is missing), unlocked with its passphrase file so the pages show real
content: the demo's datasets, runs, models, exports and audit records.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from appliance import workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LANGS = ("en", "ar", "hi")
# A held-out question of the demo's sample dataset: base and tuned model answer side by side.
QUESTION = "Which number should I dial to speak to someone at the registry?"


# A file with the mistakes operators make: the report lists each with its line and field.
BAD_ROWS = [
    '{"messages": [{"role": "user", "content": "When does the registry open?"}, '
    '{"role": "assistant", "content": "On weekdays from 09:00."}]}',
    '{"messages": [{"role": "user", "content": "Where is the office?"}]}',
    '{"messages": [{"role": "customer", "content": "Hello"}, {"role": "assistant", "content": "Hi"}]}',
    '{"messages": [{"role": "user", "content": "Fees?"}, {"role": "assistant", "content": ""}]',
]


def _wait(app, condition, timeout_s: float = 120) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("the window did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def _validate_and_preview(app, window) -> None:
    """Show a refused import's validation report (nothing is stored) and a decrypted preview."""
    import tempfile

    page = window.pages["datasets"]
    bad = Path(tempfile.mkdtemp()) / "registry-faq-draft.jsonl"
    bad.write_text("\n".join(BAD_ROWS) + "\n", encoding="utf-8")
    page.file.setText(str(bad))
    page.name.setText("registry-faq-draft")
    page.import_btn.click()
    _wait(app, lambda: not window.state.jobs and page.report.rowCount() > 0)
    if page.versions.rowCount():
        page.versions.setCurrentCell(0, 0)
        page.preview_btn.click()
        _wait(app, lambda: not window.state.jobs and page.preview_view.toPlainText().strip())


def _ask(app, page, question: str, timeout_s: float = 300) -> None:
    """Ask both panes (real llama.cpp, streaming) and wait until both answered."""
    import time

    panes = [p for p in page.panes if p.model.currentData()]
    if not panes:
        return
    page.input.setText(question)
    page.send_btn.click()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if not page.jobs and all(p.history and p.history[-1]["role"] == "assistant" for p in panes):
            return
        time.sleep(0.02)
    raise SystemExit("the playground did not answer in time")


def _serve(app, page, questions=(QUESTION, "When does the registry open?")) -> None:
    """Start the server for every listed export (any free port), and ask it through the real
    openai client, so the Serve page shows a running server and its requests."""
    import openai
    from PySide6.QtCore import Qt

    for i in range(page.exports.count()):
        page.exports.item(i).setCheckState(Qt.Checked)
    if not page.exports.count():
        return
    page.port.setValue(0)
    page.start_btn.click()
    _wait(app, lambda: page.serving is not None or not page.jobs, 300)
    if page.serving is None:
        return
    client = openai.OpenAI(base_url=page.serving.url, api_key=page.serving.gateway.token, max_retries=0, timeout=300)
    names = [n.name for n in page.serving.names]
    for i, q in enumerate(questions):
        client.chat.completions.create(
            model=names[i % len(names)], max_tokens=24, messages=[{"role": "user", "content": q}]
        )
    _wait(app, lambda: page.requests.rowCount() >= len(questions), 30)


def _evaluate(app, page) -> None:
    """Compare the first two models with a verified export (the older one, the base, as the
    baseline) on the newest suite, so the Evaluate page shows a comparison (evaluations the demo
    already ran are reused)."""
    from PySide6.QtCore import Qt

    if not page.suite.count() or not page.models.count():
        return
    page.suite.setCurrentIndex(page.suite.count() - 1)
    names = [page.models.item(i).data(Qt.UserRole) for i in range(page.models.count())][:2]
    page.set_chosen(names)
    page.run_btn.click()
    _wait(app, lambda: page.eval_job is None, 900)


def grab_all(home: Path, passphrase: str | None, out: Path, langs=LANGS) -> list[Path]:

    from gui.app import create
    from gui.i18n import apply_language
    from gui.main_window import PAGE_KEYS

    app, window = create(home, "en")
    if passphrase:
        from appliance.security.vault import Vault

        window.state.set_keys(workspace.unlock(Vault(window.state.catalog), passphrase, method="gui"))
    window.resize(1280, 820)
    window.show()
    written = []
    out.mkdir(parents=True, exist_ok=True)
    models = window.pages["models"]
    for lang in langs:
        apply_language(lang)
        for key in PAGE_KEYS:
            window.show_page(key)
            if key == "models" and models.models.rowCount():
                models.tabs.setCurrentIndex(0)
                models.models.setCurrentCell(models.models.rowCount() - 1, 0)
            if key == "datasets" and lang == langs[0]:
                _validate_and_preview(app, window)
            if key == "playground" and lang == langs[0]:
                _ask(app, window.pages["playground"], QUESTION)
            if key == "evaluate" and lang == langs[0]:
                _evaluate(app, window.pages["evaluate"])
            if key != "datasets":
                # The refused import's message belongs to the Datasets shot only.
                window.messages.hide()
            if key == "serve" and lang == langs[0]:
                _serve(app, window.pages["serve"])  # left running for the other languages' shots
            # A page may start a job when shown (the Audit page verifies the log): let it finish so
            # the shot shows its result, not a busy bar.
            _wait(app, lambda: not window.state.jobs)
            for _ in range(5):
                app.processEvents()
            path = out / f"{lang}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
    # The server left running for the shots is stopped here: closing a window that serves asks
    # first (a dialog nobody would answer offscreen).
    window.pages["serve"].shutdown()
    window.close()
    return written


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", required=True)
    ap.add_argument("--passphrase-file")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screenshots"))
    args = ap.parse_args()
    pw = Path(args.passphrase_file).read_text().strip() if args.passphrase_file else None
    for p in grab_all(Path(args.home), pw, Path(args.out)):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
