"""Messages with ids (issue 28): rendering in five languages, right-to-left isolation, the
language from the command line or the environment, the catalogs (extracted, merged, compiled,
complete), that no core message is raised without an id, the CLI's language, and the compiled
catalogs in a wheel."""

from __future__ import annotations

import ast
import importlib.util
import os
import pickle
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import polib
import pytest

from appliance import messages
from appliance.errors import InvalidInputError
from appliance.messages import FSI, LRI, PDI, M, Message

ROOT = Path(__file__).resolve().parent.parent
TAMIL = re.compile("[\u0b80-\u0bff]")
DEVANAGARI = re.compile("[\u0900-\u097f]")


@cache
def catalogs():
    """``locales/catalogs.py`` (a tool in a folder of catalogs, not a package), loaded once."""
    spec = importlib.util.spec_from_file_location("appliance_catalogs", ROOT / "locales" / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def catalog_dir(tmp_path, monkeypatch):
    """Catalogs of our own for ``ar`` and ``ta`` (``messages`` reads them instead of the real ones)."""
    sources, compiled = tmp_path / "locales", tmp_path / "compiled"
    sources.mkdir()
    compiled.mkdir()
    entries = {
        "ar": [
            ("t.missing", "No file at {path}.", "لا يوجد ملف في {path}."),
            ("t.why", "Nothing was imported: {reason}", "لم يُستورد شيء: {reason}"),
            ("t.reason", "{n} rows are bad", "{n} صفوف سيئة"),
            ("t.wrong_field", "Only {n} left.", "بقي {count} فقط."),
            ("error.what_to_do", "What to do:", "ما يجب فعله:"),
            ("t.hint", "Check the path.", "تحقّق من المسار."),
        ],
        "ta": [("t.missing", "No file at {path}.", "{path} இல் கோப்பு இல்லை.")],
    }
    for lang, items in entries.items():
        po = polib.POFile()
        po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
        for ctx, msgid, msgstr in items:
            po.append(polib.POEntry(msgctxt=ctx, msgid=msgid, msgstr=msgstr))
        fuzzy = polib.POEntry(msgctxt="t.fuzzy", msgid="Old wording.", msgstr="صياغة قديمة.", flags=["fuzzy"])
        po.append(fuzzy)
        po.save(str(sources / f"{lang}.po"))
    monkeypatch.setattr(messages, "SOURCES", sources)
    monkeypatch.setattr(messages, "COMPILED", compiled)
    messages.reload()
    yield sources, compiled
    messages.reload()


# --- rendering -----------------------------------------------------------------------------------


def test_a_message_renders_its_english_template_with_its_parameters():
    m = M("t.size", "{name!r} is {size:.1f} GB, {{literal}}", name="m1", size=2.345)
    assert m.render("en") == "'m1' is 2.3 GB, {literal}"
    assert repr(m) == "Message('t.size', \"'m1' is 2.3 GB, {literal}\")"
    nested = M("t.outer", "Refused: {why}", why=M("t.inner", "{n} bad rows", n=3))
    again = Message.from_dict(nested.to_dict())
    assert again == nested and again.render("en") == "Refused: 3 bad rows"
    assert messages.text(None) == "" and messages.text("plain") == "plain"
    assert messages.text(nested.to_dict(), "en") == "Refused: 3 bad rows"


def test_a_catalog_translates_and_right_to_left_text_isolates_each_value(catalog_dir):
    m = M("t.missing", "No file at {path}.", path="/data/x.jsonl")
    assert m.render("ar") == f"لا يوجد ملف في {LRI}/data/x.jsonl{PDI}."
    assert m.render("ta") == "/data/x.jsonl இல் கோப்பு இல்லை."  # left-to-right: no isolates
    assert m.render("fr") == "No file at /data/x.jsonl."  # no catalog entry: the English
    # A nested message is translated too, and isolated first-strong (its own direction decides).
    why = M("t.why", "Nothing was imported: {reason}", reason=M("t.reason", "{n} rows are bad", n=4))
    assert why.render("ar") == f"لم يُستورد شيء: {FSI}{LRI}4{PDI} صفوف سيئة{PDI}"
    # A translation whose fields are wrong falls back to English; a fuzzy one is never shown.
    assert M("t.wrong_field", "Only {n} left.", n=2).render("ar") == "Only 2 left."
    assert M("t.fuzzy", "Old wording.").render("ar") == "Old wording."
    # A template changed in the code no longer matches its old translation: the English is shown.
    assert M("t.missing", "There is no file at {path}.", path="p").render("ar") == f"There is no file at {LRI}p{PDI}."


def test_compiled_catalogs_are_read_unless_the_source_is_newer(catalog_dir):
    sources, compiled = catalog_dir
    catalogs().compile_po(sources / "ar.po", compiled / "ar.mo")
    os.utime(sources / "ar.po", (1, 1))  # older than the .mo: the .mo is read
    po = polib.pofile(str(sources / "ar.po"))
    po.find("t.hint", by="msgctxt").msgstr = "نص آخر."
    po.save(str(sources / "ar.po"))
    os.utime(sources / "ar.po", (1, 1))
    messages.reload()
    assert M("t.hint", "Check the path.").render("ar") == "تحقّق من المسار."  # from the .mo
    assert ("t.fuzzy", "Old wording.") not in messages.catalog("ar")  # fuzzy: not compiled
    os.utime(sources / "ar.po")  # edited since: the .po is read
    messages.reload()
    assert M("t.hint", "Check the path.").render("ar") == "نص آخر."


def test_an_error_renders_in_any_language_and_crosses_processes_as_its_message(catalog_dir):
    exc = InvalidInputError(M("t.missing", "No file at {path}.", path="/x"), hint=M("t.hint", "Check the path."))
    assert exc.render("en") == "No file at /x.\n  What to do: Check the path."
    assert exc.render("ar") == f"لا يوجد ملف في {LRI}/x{PDI}.\n  ما يجب فعله: تحقّق من المسار."
    assert exc.message_id == "t.missing" and exc.params == {"path": "/x"}
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is InvalidInputError and back.msg == exc.msg and back.hint_msg == exc.hint_msg
    assert back.render("ar") == exc.render("ar") and back.args == ("No file at /x.",)
    before = messages._language
    try:
        messages.set_language("ar")
        assert str(back) == exc.render("ar") and back.message == f"لا يوجد ملف في {LRI}/x{PDI}."
    finally:
        messages.set_language(before)


# --- the language --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "env,expected",
    [
        ({}, "en"),
        ({"LANG": "ta_IN.UTF-8"}, "ta"),
        ({"LANG": "hi_IN"}, "hi"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "ar_EG.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "ta_IN.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANGUAGE": "de:ar", "LANG": "en_US.UTF-8"}, "ar"),
        ({"APPLIANCE_LANGUAGE": "hi", "LANG": "ta_IN.UTF-8"}, "hi"),
        ({"LC_MESSAGES": "fr-CA"}, "fr"),
    ],
)
def test_the_language_comes_from_the_environment(env, expected):
    assert messages.language_from_env(env) == expected


def test_set_language_takes_one_we_have_or_none_for_the_environment(monkeypatch):
    monkeypatch.setenv("APPLIANCE_LANGUAGE", "ta")
    before = messages._language
    try:
        assert messages.set_language("ar") == "ar" and messages.current_language() == "ar"
        assert messages.set_language(None) == "ta"
        with pytest.raises(ValueError):
            messages.set_language("de")
    finally:
        messages.set_language(before)


# --- the catalogs --------------------------------------------------------------------------------


def test_every_core_message_has_a_translation_in_every_catalog():
    """Fails, listing them, while an id has no (current, non-fuzzy) translation in hi, ta, ar or fr
    or a translation's fields differ from its template's: `make translations`, then translate
    locales/<code>.po (docs/i18n.md)."""
    found = catalogs().problems()
    report = "\n".join(f"{lang}: {item}" for lang, items in found.items() for item in items)
    assert not report, f"{sum(map(len, found.values()))} catalog problem(s):\n{report}"


def _offenders(value: ast.expr | None) -> bool:
    """Whether ``value`` is text without an id: a literal, an f-string, %- or .format() formatting,
    a concatenation (or a conditional choosing one of those)."""
    if value is None:
        return False
    if isinstance(value, ast.Constant):
        return isinstance(value.value, str)
    if isinstance(value, ast.JoinedStr):
        return True
    if isinstance(value, ast.BinOp):
        return isinstance(value.op, (ast.Add, ast.Mod))
    if isinstance(value, ast.IfExp):
        return _offenders(value.body) or _offenders(value.orelse)
    if isinstance(value, ast.Call):
        return isinstance(value.func, ast.Attribute) and value.func.attr == "format"
    return False


def _error_classes() -> set[str]:
    tree = ast.parse((ROOT / "appliance" / "errors.py").read_text())
    bases = {
        n.name: {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in n.bases}
        for n in tree.body
        if isinstance(n, ast.ClassDef)
    }
    names = {"ApplianceError"}
    while True:
        more = {name for name, bs in bases.items() if bs & names} - names
        if not more:
            return names
        names |= more


def test_no_core_message_is_raised_without_an_id():
    """Every ``ApplianceError`` the core makes gets a ``Message`` (``M(id, template, ...)``), not
    text: its first argument and its ``hint`` (docs/i18n.md)."""
    classes = _error_classes()
    offenders = []
    for path in sorted((ROOT / "appliance").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name not in classes:
                continue
            hint = next((k.value for k in node.keywords if k.arg == "hint"), None)
            first = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "message"), None)
            for what, value in (("message", first), ("hint", hint)):
                if _offenders(value):
                    offenders.append(
                        (str(path.relative_to(ROOT)), value.lineno, f"{name}'s {what} is text without an id")
                    )
    offenders = [f"{p}:{n}: {what}" for p, n, what in sorted(offenders)]
    assert not offenders, f"{len(offenders)} core message(s) without an id:\n" + "\n".join(offenders)


def test_the_extractor_reads_literal_ids_and_refuses_the_rest(tmp_path):
    cat = catalogs()
    core = tmp_path / "appliance"
    core.mkdir()
    (core / "good.py").write_text(
        "from appliance import messages\nfrom appliance.messages import M, Message\n"
        'a = M("b.two", "Two {n}.", n=2)\n'
        'b = messages.M("a.one", "One.")\n'
        'c = Message("b.two", "Two {n}.", n=3)\n'
        'd = M("c.plain", "{text}", text="x")\n'  # nothing to translate: left out
    )
    found = cat.extract(tmp_path)
    assert list(found) == ["a.one", "b.two"]
    assert found["b.two"].where == [("appliance/good.py", 3), ("appliance/good.py", 5)]
    (core / "bad.py").write_text(
        'from appliance.messages import M\nname = "x"\nM(name, "Text.")\nM("b.two", "Other {n}.", n=1)\nM("d.x", f"{name}")\n'
    )
    with pytest.raises(cat.CatalogError) as exc:
        cat.extract(tmp_path)
    text = str(exc.value)
    assert "appliance/bad.py:3: a message's id and template must be literal strings" in text
    assert "b.two has another template" in text and "appliance/bad.py:4" in text  # whichever comes first
    assert "appliance/bad.py:5:" in text


def test_merging_keeps_marks_fills_and_drops(tmp_path, monkeypatch):
    cat = catalogs()
    monkeypatch.setattr(cat, "COMPENDIUM", tmp_path)
    memory = polib.POFile()
    memory.append(polib.POEntry(msgid="Wrong passphrase ({count} in a row).", msgstr="Mauvaise ({count} de suite)."))
    memory.save(str(tmp_path / "fr.po"))
    old = polib.POFile()
    old.append(polib.POEntry(msgctxt="a.same", msgid="Same.", msgstr="Pareil."))
    old.append(polib.POEntry(msgctxt="b.changed", msgid="Old {n}.", msgstr="Vieux {n}."))
    old.append(polib.POEntry(msgctxt="c.gone", msgid="Gone.", msgstr="Parti."))
    Entry = cat.Entry
    extracted = {
        "a.same": Entry("a.same", "Same.", [("appliance/x.py", 1)]),
        "b.changed": Entry("b.changed", "New {n}.", [("appliance/x.py", 2)]),
        "d.new": Entry("d.new", "New.", [("appliance/x.py", 3)]),
        "e.known": Entry("e.known", "Wrong passphrase ({n} in a row).", [("appliance/y.py", 9)]),
    }
    po = cat.merge(old, extracted, "fr")
    by = {e.msgctxt: e for e in po}
    assert [e.msgctxt for e in po] == ["a.same", "b.changed", "d.new", "e.known"]
    assert by["a.same"].msgstr == "Pareil." and not by["a.same"].fuzzy
    assert (
        by["b.changed"].fuzzy
        and by["b.changed"].msgstr == "Vieux {n}."
        and by["b.changed"].previous_msgid == "Old {n}."
    )
    assert by["d.new"].msgstr == "" and by["e.known"].msgstr == "Mauvaise ({n} de suite)."  # fields renamed
    assert by["e.known"].occurrences == [("appliance/y.py", 9)]
    assert po.metadata["Language"] == "fr" and "Plural-Forms" in po.metadata
    assert "charset=UTF-8" in po.metadata["Content-Type"]


def test_the_shipped_catalogs_are_current_and_well_formed():
    """locales/messages.pot, what translators start from, holds every message the code has, with
    its template (`python locales/catalogs.py extract` after a change); each catalog says its
    language, its encoding and its plural forms."""
    cat = catalogs()
    extracted = cat.extract()
    pot = {e.msgctxt: e.msgid for e in polib.pofile(str(ROOT / "locales" / "messages.pot"))}
    assert pot == {k: e.template for k, e in extracted.items()}, "run `python locales/catalogs.py extract`"
    for lang in cat.TRANSLATED:
        po = polib.pofile(str(ROOT / "locales" / f"{lang}.po"))
        assert po.metadata["Language"] == lang and "UTF-8" in po.metadata["Content-Type"]
        assert po.metadata.get("Plural-Forms")


# --- the command lines ---------------------------------------------------------------------------


def _cli_env(tmp_path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("APPLIANCE_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update({"APPLIANCE_HOME": str(tmp_path / "home"), "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}, **extra)
    return env


MISSING = "/nonexistent/missing.jsonl"


def test_the_cli_speaks_the_language_it_is_given(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "--language", "ta", "datasets", "import", MISSING, "--name", "missing"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_cli_env(tmp_path),
    )
    said = r.stdout + r.stderr
    assert r.returncode != 0 and "Traceback" not in said, said
    assert TAMIL.search(said) and MISSING in said, said


def test_the_cli_takes_its_language_from_the_locale(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "datasets", "import", MISSING, "--name", "missing"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_cli_env(tmp_path, LANG="hi_IN.UTF-8"),
    )
    said = r.stdout + r.stderr
    assert r.returncode != 0 and DEVANAGARI.search(said) and MISSING in said, said
    english = subprocess.run(
        [sys.executable, "-m", "appliance", "--language", "en", "datasets", "import", MISSING, "--name", "missing"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_cli_env(tmp_path, LANG="hi_IN.UTF-8"),
    )
    assert english.returncode == r.returncode and not DEVANAGARI.search(english.stderr) and "Error:" in english.stderr


def test_the_language_option_holds_for_one_call_only(capsys, tmp_path, monkeypatch):
    from appliance.cli import main

    monkeypatch.setenv("APPLIANCE_HOME", str(tmp_path / "home"))
    before = messages.current_language()
    code = main(["--language", "ar", "datasets", "import", MISSING, "--name", "missing"])
    err = capsys.readouterr().err
    assert code == InvalidInputError.exit_code and f"{LRI}{MISSING}{PDI}" in err, err
    assert messages.current_language() == before


@pytest.mark.parametrize("tool", ["appliance.cli.auditor", "appliance.cli.bundle"])
def test_the_other_tools_take_a_language_too(tool, tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", tool, "--language", "hi", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_cli_env(tmp_path),
    )
    assert r.returncode == 0 and "--language" in r.stdout, r.stderr


# --- the window ----------------------------------------------------------------------------------


def test_the_window_renders_what_the_core_said_and_leaves_text_alone(qapp, catalog_dir):
    pytest.importorskip("PySide6")
    from gui.core_text import core_text
    from gui.i18n import apply_language

    exc = InvalidInputError(M("t.missing", "No file at {path}.", path="/x"), hint=M("t.hint", "Check the path."))
    try:
        apply_language("ar")
        assert core_text(exc) == f"لا يوجد ملف في {LRI}/x{PDI}.\n  ما يجب فعله: تحقّق من المسار."
        reason = M("t.reason", "{n} rows are bad", n=12)
        assert core_text(reason) == f"{LRI}١٢{PDI} صفوف سيئة"  # the language's digits
        assert core_text(reason.to_dict()) == core_text(reason)  # as stored in JSON
        assert core_text("No file at /x.") == "No file at /x."  # text: as it is, never matched
        assert str(exc) == exc.render("ar")  # str() of an error: the interface language too
        apply_language("ta")
        assert core_text(exc).startswith("/x இல் கோப்பு இல்லை.")
    finally:
        apply_language("en")
    assert core_text(exc) == "No file at /x.\n  What to do: Check the path."


def test_the_message_panel_renders_a_kept_message_again_after_a_switch(qtbot, catalog_dir):
    pytest.importorskip("PySide6")
    from gui.i18n import apply_language
    from gui.widgets.common import MessagePanel

    panel = MessagePanel()
    qtbot.addWidget(panel)
    try:
        apply_language("en")
        panel.show_message(InvalidInputError(M("t.missing", "No file at {path}.", path="/x")), "error")
        assert panel.text.text() == "No file at /x." and panel.isVisible()
        apply_language("ar")
        qtbot.wait(30)
        assert panel.isVisible() and panel.text.text() == f"لا يوجد ملف في {LRI}/x{PDI}."
        panel.show_message("Plain text, already in a language.", "info")
        apply_language("ta")
        qtbot.wait(30)
        assert not panel.isVisible()  # not left behind in the old language
    finally:
        apply_language("en")


# --- the build -----------------------------------------------------------------------------------


def test_a_wheel_carries_the_compiled_catalogs(tmp_path):
    """`pip wheel .` compiles locales/ into the wheel (setup_hooks.py), from a tree that has none
    compiled (they are never checked in)."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    tree = tmp_path / "tree"
    for rel in listed:
        if not rel or rel.startswith(("tests/", "docs/", "bench/")) or not (ROOT / rel).is_file():
            continue
        (tree / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, tree / rel)
    assert not (tree / "appliance" / "locales").exists() and not (tree / "gui" / "locales").exists()
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            ".",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "w"),
        ],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    import zipfile

    (wheel,) = (tmp_path / "w").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("hi", "ta", "ar", "fr"):
        assert f"appliance/locales/{lang}.mo" in names
    for lang in ("en", "hi", "ta", "ar", "fr"):
        assert f"gui/locales/{lang}.qm" in names
    assert not any(n.startswith(("locales/", "setup_hooks")) for n in names)
