"""Rebuild the regional corpora shipped in ``appliance/samples/regional/`` from Debian catalogs.

The demo's Tamil and Hindi corpora are the translations (``msgstr``) that Debian packages ship in
``/usr/share/locale/{ta,hi}/LC_MESSAGES/*.mo``: text written by human translators, under the
GNU LGPL (the package and version of each catalog are recorded in ``SOURCES.md``). Each message
is split into lines, keyboard mnemonics (``_File``), printf placeholders and markup are removed,
and a line is kept when it has at least four letters, 80 % of them in the language's script, and
was not seen before. Run on a Debian 12 machine with those packages installed::

    python packaging/regional_corpus.py
"""

from __future__ import annotations

import gettext
import re
import subprocess
from pathlib import Path

import regex

CATALOGS = [
    "glib20",
    "gtk20",
    "gtk20-properties",
    "gdk-pixbuf",
    "at-spi2-core",
    "gsettings-desktop-schemas",
    "iso_3166-1",
    "iso_639-2",
]
LANGUAGES = {"ta": ("Tamil", "Tamil"), "hi": ("Hindi", "Devanagari")}
OUT = Path(__file__).resolve().parents[1] / "appliance" / "samples" / "regional"


def clean(text: str) -> str:
    text = re.sub(r"_(?=\w)", "", text)
    text = re.sub(r"%[-+ #0]*\d*(?:\.\d+)?[sdiuflxXcg]|%\([a-z_]+\)[sd]|\$\{?\w+\}?|<[^>]+>", "", text)
    return " ".join(text.split())


def package_of(path: Path) -> tuple[str, str]:
    pkg = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True, check=True).stdout.split(":")[0]
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True).stdout
    return pkg, version


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = []
    for lang, (language, script) in LANGUAGES.items():
        own = regex.compile(rf"\p{{Script={script}}}")
        lines: list[str] = []
        seen: set[str] = set()
        for name in CATALOGS:
            mo = Path(f"/usr/share/locale/{lang}/LC_MESSAGES/{name}.mo")
            if not mo.is_file():
                continue
            with mo.open("rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog
            kept = 0
            for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
                if not key or not value:
                    continue
                for part in value.split("\n"):
                    text = clean(part)
                    letters = regex.findall(r"\p{L}", text)
                    if len(letters) < 4 or sum(1 for c in letters if own.match(c)) < 0.8 * len(letters):
                        continue
                    if text in seen:
                        continue
                    seen.add(text)
                    lines.append(text)
                    kept += 1
            pkg, version = package_of(mo)
            sources.append((language, name, pkg, version, kept))
        (OUT / f"{lang}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(lines)} lines, {sum(map(len, lines))} characters")
    rows = "\n".join(f"| {lang} | `{name}.mo` | {pkg} | {ver} | {n} |" for lang, name, pkg, ver, n in sources)
    (OUT / "SOURCES.md").write_text(
        "# Regional corpora: where the text comes from\n\n"
        "`ta.txt` (Tamil) and `hi.txt` (Hindi) are the human translations shipped in Debian 12\n"
        "packages' gettext catalogs, one message line per line, rebuilt by\n"
        "`packaging/regional_corpus.py` (which documents the cleaning). All of these catalogs are\n"
        "distributed under the GNU Lesser General Public License, version 2.1 or later (the\n"
        "packages' `debian/copyright`: LGPL-2+ or LGPL-2.1+); its text is in `COPYING.LGPL-2.1`.\n"
        "The copyright belongs to the packages' translators (their names are in each catalog's\n"
        "header, available from the Debian source packages).\n\n"
        "| language | catalog | Debian package | version | lines kept |\n|---|---|---|---|---|\n" + rows + "\n"
    )


if __name__ == "__main__":
    main()
