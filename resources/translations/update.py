"""Keep the translation catalogues in step with the code, then compile them.

    python resources/translations/update.py              # extract new texts, compile
    python resources/translations/update.py --merge F    # also fill in translations from F

Extraction is ``pyside6-lupdate`` over ``src/reflect`` (every ``QCoreApplication.translate``
and ``QT_TRANSLATE_NOOP``) plus the prompt library, whose texts live in ``prompts.toml``
rather than in code. ``--merge`` takes JSON lists of ``{"context", "source", "translation"}``
(``translation`` is a list of forms for ``%n`` texts) and fills in the unfinished messages.
The compiled ``.qm`` files ship inside the package (``reflect/resources/translations``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "reflect"
CATALOGUES = Path(__file__).resolve().parent
SHIPPED = SOURCES / "resources" / "translations"
LANGUAGES = ("es",)
PROMPTS_CONTEXT, THEMES_CONTEXT = "prompts", "prompt themes"


@dataclass(frozen=True)
class Message:
    """One text of a catalogue and its translation (a list of forms for ``%n`` texts)."""

    context: str
    source: str
    translation: tuple[str, ...]
    finished: bool


def catalogue(language: str) -> Path:
    """The ``.ts`` source of ``language``'s catalogue."""
    return CATALOGUES / f"reflect_{language}.ts"


def compiled(language: str) -> Path:
    """The ``.qm`` file shipped for ``language``."""
    return SHIPPED / f"reflect_{language}.qm"


def _tool(name: str) -> str:
    """A Qt tool installed with PySide6, next to this Python's interpreter."""
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def _prompt_texts(folder: Path) -> Path:
    """A Python file marking the prompt library's texts, for lupdate to find them."""
    data = tomllib.loads((SOURCES / "resources" / "prompts.toml").read_text("utf-8"))
    lines = []
    for theme in data["theme"]:
        lines.append(f"QT_TRANSLATE_NOOP({THEMES_CONTEXT!r}, {theme['name']!r})")
        lines += [f"QT_TRANSLATE_NOOP({PROMPTS_CONTEXT!r}, {p!r})" for p in theme["prompts"]]
    path = folder / "prompt_library.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract(ts_file: Path, language: str) -> None:
    """Bring ``ts_file`` up to date with the texts in the code (new in, gone out)."""
    with tempfile.TemporaryDirectory() as folder:
        files = [*sorted(str(p) for p in SOURCES.rglob("*.py")), str(_prompt_texts(Path(folder)))]
        subprocess.run(
            [
                _tool("lupdate"),
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-silent",
                "-ts",
                str(ts_file),
            ],
            check=True,
        )


def release(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def read_messages(ts_file: Path) -> list[Message]:
    """Every message of ``ts_file``."""
    messages = []
    # Our own catalogues, never a downloaded file.
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            messages.append(Message(name, message.findtext("source") or "", texts, finished))
    return messages


def merge(ts_file: Path, translations: list[dict[str, object]]) -> int:
    """Fill unfinished messages of ``ts_file`` from ``translations``; returns how many."""
    wanted = {(str(t["context"]), str(t["source"])): t["translation"] for t in translations}
    tree = ET.parse(ts_file)  # noqa: S314 (our own catalogue)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is None or key not in wanted:
                continue
            if translation.get("type") != "unfinished":
                continue
            _fill(translation, wanted[key], plural=message.get("numerus") == "yes")
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return filled


def _fill(element: ET.Element, value: object, *, plural: bool) -> None:
    element.attrib.pop("type", None)
    for child in list(element):
        element.remove(child)
    if plural:
        forms = value if isinstance(value, list) else [value, value]
        element.text = None
        for form in forms:
            ET.SubElement(element, "numerusform").text = str(form)
    else:
        element.text = str(value[0] if isinstance(value, list) else value)


def main(arguments: list[str]) -> int:
    """Extract, optionally merge, and compile every language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", nargs="*", default=[], type=Path, metavar="JSON")
    args = parser.parse_args(arguments)
    translations: list[dict[str, object]] = []
    for path in args.merge:
        translations += json.loads(path.read_text("utf-8"))
    for language in LANGUAGES:
        ts_file = catalogue(language)
        extract(ts_file, language)
        if translations:
            print(f"{language}: filled {merge(ts_file, translations)} translations")
            extract(ts_file, language)  # back to lupdate's own layout
        release(ts_file, compiled(language))
        left = [m for m in read_messages(ts_file) if not m.finished]
        print(f"{language}: {len(left)} texts still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
