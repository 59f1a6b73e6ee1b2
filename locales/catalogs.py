"""The message catalogs: extract the core's messages, compile every catalog, check the translations.

    python locales/catalogs.py extract            appliance/**/*.py → locales/messages.pot, merged into locales/<code>.po
    python locales/catalogs.py compile [--out D]  locales/<code>.po → D/appliance/locales/<code>.mo,
                                                  locales/<code>.ts → D/gui/locales/<code>.qm (D: the source tree)
    python locales/catalogs.py check              per language: ids without a translation, translations whose
                                                  {fields} differ from the template's; exit status 1 if any

The core's messages are ``M(id, template, **params)`` calls (``appliance/messages.py``); their id
and English template are literal strings, so ``extract`` reads them from the source with ``ast``
(no import of the appliance). A gettext catalog holds one entry per id: ``msgctxt`` the id,
``msgid`` the English template, ``msgstr`` the translation (``docs/i18n.md``). A template with no
words outside its fields (``"{text}"``) has nothing to translate and is left out.

Merging keeps the translation of an unchanged (id, template); an entry whose template changed keeps
its old translation marked fuzzy, the old English beside it (``#| msgid``), until a translator
updates it (a fuzzy entry is never compiled, so the old wording is never shown); a new id arrives
empty, or filled from the compendium (``locales/compendium/<code>.po``: translations made before the
messages had ids, matched on the English with the fields renamed by position); an id no longer in
the code is dropped. Entries are sorted by id, so a diff shows what changed.

The desktop application's own strings are Qt catalogs (``locales/<code>.ts``, refreshed by
``pyside6-lupdate``: ``make translations``); ``compile`` builds them too. Standard library and polib.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import string
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
CORE = ROOT / "appliance"
POT = LOCALES / "messages.pot"
COMPENDIUM = LOCALES / "compendium"
TRANSLATED = ("hi", "ta", "ar", "fr")  # English is the templates themselves
CALLS = {"M", "Message"}  # M(...), Message(...), messages.M(...), messages.Message(...)
PLURAL_FORMS = {
    "hi": "nplurals=2; plural=(n != 1);",
    "ta": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
}
NAMES = {"hi": "Hindi", "ta": "Tamil", "ar": "Arabic", "fr": "French"}
WRAP = 100


class CatalogError(Exception):
    """The sources cannot be extracted (a message whose id or template is not literal, an id with
    two templates): every problem, one per line, as ``file:line: what``."""


@dataclass
class Entry:
    id: str
    template: str
    where: list[tuple[str, int]] = field(default_factory=list)


# --- extraction ----------------------------------------------------------------------------------


def _is_message_call(node: ast.Call) -> bool:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id in CALLS
    return (
        isinstance(f, ast.Attribute) and f.attr in CALLS and isinstance(f.value, ast.Name) and f.value.id == "messages"
    )


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def fields(template: str) -> list[tuple[str, str, str]]:
    """The ``str.format`` fields of ``template``: (name, conversion, spec), in order. Raises
    ``ValueError`` on a malformed template (a lone brace)."""
    return [
        (name, conv or "", spec or "")
        for _lit, name, spec, conv in string.Formatter().parse(template)
        if name is not None
    ]


def _has_words(template: str) -> bool:
    literal = "".join(lit for lit, *_ in string.Formatter().parse(template))
    return any(ch.isalpha() for ch in literal)


def extract(root: Path = ROOT) -> dict[str, Entry]:
    """Every message of the core, by id. Raises ``CatalogError`` listing every problem."""
    found: dict[str, Entry] = {}
    problems: list[str] = []
    for path in sorted((root / "appliance").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        except SyntaxError as exc:
            problems.append(f"{rel}:{exc.lineno}: cannot be parsed: {exc.msg}")
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_message_call(node)):
                continue
            where = f"{rel}:{node.lineno}"
            args = node.args
            id_ = _literal(args[0]) if args else None
            template = _literal(args[1]) if len(args) > 1 else None
            if id_ is None or template is None or any(isinstance(a, ast.Starred) for a in args[:2]):
                problems.append(
                    f"{where}: a message's id and template must be literal strings (its first two arguments)"
                )
                continue
            try:
                fields(template)
            except ValueError as exc:
                problems.append(f"{where}: {id_}: the template is not a str.format template ({exc})")
                continue
            entry = found.get(id_)
            if entry is None:
                found[id_] = Entry(id_, template, [(rel, node.lineno)])
            elif entry.template != template:
                first = "{}:{}".format(*entry.where[0])
                problems.append(f"{where}: {id_} has another template at {first}: {template!r} vs {entry.template!r}")
            else:
                entry.where.append((rel, node.lineno))
    if problems:
        raise CatalogError("\n".join(sorted(problems)))
    return {k: found[k] for k in sorted(found) if _has_words(found[k].template)}


# --- the catalogs --------------------------------------------------------------------------------


def _polib():
    import polib

    return polib


def _header(po, language: str | None) -> None:
    po.metadata = {
        "Project-Id-Version": "sovereign-appliance",
        "Report-Msgid-Bugs-To": "",
        "Language": language or "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if language:
        po.metadata["Plural-Forms"] = PLURAL_FORMS[language]
        po.header = f"{NAMES[language]} translations of the appliance's messages (msgctxt: the message id)."
    else:
        po.header = "The appliance's messages (msgctxt: the message id; msgid: the English template)."
        po.metadata["Plural-Forms"] = "nplurals=INTEGER; plural=EXPRESSION;"


def _new_entry(entry: Entry, msgstr: str = ""):
    polib = _polib()
    e = polib.POEntry(msgctxt=entry.id, msgid=entry.template, msgstr=msgstr, occurrences=list(entry.where))
    if fields(entry.template):
        e.flags.append("python-brace-format")
    return e


def _compendium(language: str) -> dict[str, list[tuple[list, str]]]:
    """``skeleton → [(fields, translation)]`` from ``compendium/<code>.po`` (empty without one)."""
    path = COMPENDIUM / f"{language}.po"
    out: dict[str, list[tuple[list, str]]] = {}
    if not path.is_file():
        return out
    for e in _polib().pofile(str(path)):
        if e.msgstr and not e.obsolete and "fuzzy" not in e.flags:
            try:
                out.setdefault(_skeleton(e.msgid), []).append((fields(e.msgid), e.msgstr))
            except ValueError:
                continue
    return out


def _skeleton(template: str) -> str:
    return "\x00".join(lit for lit, *_ in string.Formatter().parse(template))


_FIELD = re.compile(r"(?<!\{)\{(\w+)((?:![rsa])?(?::[^{}]*)?)\}(?!\})")


def _from_compendium(template: str, memory: dict) -> str | None:
    """A translation of ``template`` from the compendium: the same English, its fields renamed
    by position (``{count}`` there is ``{n}`` here); None when there is none."""
    new = fields(template)
    for old, translation in memory.get(_skeleton(template), []):
        if len(old) != len(new):
            continue
        rename: dict[str, str] = {}
        for (oname, _c, _s), (nname, nconv, nspec) in zip(old, new, strict=True):
            text = "{" + nname + (f"!{nconv}" if nconv else "") + (f":{nspec}" if nspec else "") + "}"
            if rename.setdefault(oname, text) != text:
                break
        else:
            try:
                if {n for n, *_ in fields(translation)} - set(rename):
                    continue
            except ValueError:
                continue
            return _FIELD.sub(lambda m, r=rename: r[m.group(1)], translation)
    return None


def merge(po, extracted: dict[str, Entry], language: str):
    """A new catalog for ``language``: ``po`` (a polib file, maybe empty) brought in line with
    ``extracted`` (see the module's doc)."""
    polib = _polib()
    old = {e.msgctxt: e for e in po if not e.obsolete and e.msgctxt}
    memory = _compendium(language)
    entries = []
    for id_, entry in extracted.items():
        e = old.get(id_)
        if e is not None and e.msgid == entry.template and e.msgstr:
            new = _new_entry(entry, e.msgstr)
            if "fuzzy" in e.flags:
                new.flags.append("fuzzy")
                new.previous_msgid = e.previous_msgid
        elif e is not None and e.msgstr:
            new = _new_entry(entry, e.msgstr)
            new.flags.append("fuzzy")
            new.previous_msgid = e.previous_msgid if "fuzzy" in e.flags and e.previous_msgid else e.msgid
        else:  # new, or never translated
            new = _new_entry(entry, _from_compendium(entry.template, memory) or "")
        if e is not None:
            new.tcomment = e.tcomment
        entries.append(new)
    fresh = polib.POFile(wrapwidth=WRAP)
    _header(fresh, language)
    fresh.extend(entries)
    return fresh


def cmd_extract(root: Path = ROOT) -> int:
    polib = _polib()
    extracted = extract(root)
    pot = polib.POFile(wrapwidth=WRAP)
    _header(pot, None)
    pot.extend(_new_entry(e) for e in extracted.values())
    pot.save(str(root / "locales" / "messages.pot"))
    for language in TRANSLATED:
        path = root / "locales" / f"{language}.po"
        po = merge(polib.pofile(str(path)) if path.is_file() else [], extracted, language)
        po.save(str(path))
        done = sum(1 for e in po if e.translated())
        print(f"{path.relative_to(root)}: {done} of {len(po)} translated")
    print(f"{len(extracted)} messages in locales/messages.pot")
    return 0


# --- compiling -----------------------------------------------------------------------------------


def lrelease() -> list[str] | None:
    """How to run Qt's catalog compiler: the venv's ``pyside6-lrelease``, one on PATH, or PySide6's
    own tool through this Python; None when there is none."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.is_file():
        return [str(beside)]
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return [on_path]
    try:
        import PySide6.scripts.pyside_tool  # noqa: F401
    except ImportError:
        return None
    return [sys.executable, "-c", "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"]


def compile_po(po_path: Path, mo_path: Path) -> None:
    """``po_path`` → ``mo_path``: the translated entries only (no fuzzy, no empty ones)."""
    po = _polib().pofile(str(po_path))
    mo_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = mo_path.with_name(mo_path.name + ".tmp")
    po.save_as_mofile(str(tmp))
    os.replace(tmp, mo_path)


def compile_ts(ts_path: Path, qm_path: Path, tool: list[str] | None = None) -> None:
    tool = tool or lrelease()
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease (PySide6) is needed to compile the Qt catalogs")
    qm_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*tool, "-silent", str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)


def cmd_compile(out: Path = ROOT, root: Path = ROOT, *, qt: bool = True) -> list[Path]:
    """Compile every catalog under ``out`` (``appliance/locales``, ``gui/locales``); the files written."""
    written = []
    for po in sorted((root / "locales").glob("*.po")):
        mo = out / "appliance" / "locales" / f"{po.stem}.mo"
        compile_po(po, mo)
        written.append(mo)
    if qt:
        tool = lrelease()
        for ts in sorted((root / "locales").glob("*.ts")):
            qm = out / "gui" / "locales" / f"{ts.stem}.qm"
            compile_ts(ts, qm, tool)
            written.append(qm)
    return written


# --- checking ------------------------------------------------------------------------------------


def problems(root: Path = ROOT, extracted: dict[str, Entry] | None = None) -> dict[str, list[str]]:
    """Per language: every id without a current (non-fuzzy) translation, and every translation
    whose fields differ from its template's."""
    polib = _polib()
    extracted = extract(root) if extracted is None else extracted
    out: dict[str, list[str]] = {}
    for language in TRANSLATED:
        path = root / "locales" / f"{language}.po"
        po = {e.msgctxt: e for e in polib.pofile(str(path))} if path.is_file() else {}
        found = []
        for id_, entry in extracted.items():
            e = po.get(id_)
            if e is None or not e.msgstr or e.obsolete or e.msgid != entry.template:
                found.append(f"{id_}: no translation")
            elif "fuzzy" in e.flags:
                found.append(f"{id_}: the translation is fuzzy (the English changed; review it)")
            else:
                try:
                    differ = sorted(fields(e.msgstr)) != sorted(fields(entry.template))
                except ValueError:
                    differ = True
                if differ:
                    found.append(f"{id_}: the translation's fields differ from the template's")
        out[language] = found
    return out


def cmd_check(root: Path = ROOT) -> int:
    found = problems(root)
    for language, items in found.items():
        print(f"{language}: {len(items) or 'no'} problem(s)")
        for item in items:
            print(f"  {item}")
    return 1 if any(found.values()) else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="catalogs.py", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="the core's messages → locales/messages.pot and each locales/<code>.po")
    c = sub.add_parser("compile", help="locales/*.po → appliance/locales/*.mo, locales/*.ts → gui/locales/*.qm")
    c.add_argument("--out", type=Path, default=ROOT, help="the tree to write into (default: the source tree)")
    sub.add_parser("check", help="untranslated ids and wrong fields, per language (exit status 1 if any)")
    args = ap.parse_args(argv)
    try:
        if args.command == "extract":
            return cmd_extract()
        if args.command == "compile":
            for path in cmd_compile(args.out.resolve()):
                print(path)
            return 0
        return cmd_check()
    except CatalogError as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
