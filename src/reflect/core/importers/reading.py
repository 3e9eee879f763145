"""Reading files to import, safely: a size limit, UTF-8 with line numbers on errors, JSON
whose problems name a line, and source keys for entries that carry no id of their own.

Every failure here is an ``ImportProblem`` naming the file (and the line, when there is
one), so a parser never lets anything else escape, whatever the input.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reflect.core.domain import canonical_text
from reflect.core.errors import as_detail, detail
from reflect.core.importing import ImportedEntry, ImportProblem
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording

# Far beyond any journal (10,000 entries of jrnl text are about 5 MB), small enough that a
# file chosen by mistake (a video, a disk image) is refused before it fills the memory.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_FILE_TEXT = "256 MB"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an ``ImportProblem`` saying plainly why they can't be read."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "it is a folder; please choose a file.")
        ) from None
    except FileNotFoundError:
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "there's no file there any more.")
        ) from None
    except PermissionError:
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "Reflect isn't allowed to read it.")
        ) from None
    except OSError as error:
        why = QT_TRANSLATE_NOOP("errors", "it couldn't be read ({why}).")
        raise ImportProblem(path, detail(why, why=error.strerror or "error")) from None
    if len(data) > MAX_FILE_BYTES:
        too_large = QT_TRANSLATE_NOOP(
            "errors", "it is larger than {size}, too large for a journal."
        )
        raise ImportProblem(path, detail(too_large, size=MAX_FILE_TEXT))
    return data


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text in the form Reflect stores (``domain.canonical_text``: ``\\n`` breaks)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ImportProblem(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "it isn't UTF-8 text (Reflect reads journals saved as UTF-8)."
            ),
            line,
        ) from None
    return canonical_text(text)


def load_json(path: Path, text: str) -> Any:
    """The JSON document in ``text``; a syntax error names its line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        not_json = QT_TRANSLATE_NOOP("errors", "it isn't valid JSON ({why}).")
        raise ImportProblem(path, detail(not_json, why=error.msg), error.lineno) from None
    except RecursionError:
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "its JSON is nested too deeply to read.")
        ) from None


class UnfitEntry(Exception):
    """An exported entry without the shape its format gives it; ``reason`` says how,
    worded to follow "entry 12 " in the problem the person reads."""

    def __init__(self, reason: str | Wording) -> None:
        self.reason = as_detail(reason)
        super().__init__(str(self.reason))


def entries_of_export(
    path: Path, text: str, what: Wording, read_entry: Callable[[Any], ImportedEntry]
) -> list[ImportedEntry]:
    """``read_entry`` applied to each item of the ``entries`` list of the JSON export in
    ``text`` (``what`` names the export); an unfit item is reported with its line."""
    document = load_json(path, text)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        no_list = QT_TRANSLATE_NOOP("errors", "it isn't {what}: there's no list of entries in it.")
        raise ImportProblem(path, detail(no_list, what=what))
    entries = []
    for index, item in enumerate(document["entries"]):
        try:
            entries.append(read_entry(item))
        except UnfitEntry as unfit:
            line = item_line(text, "entries", index)
            unfit_entry = QT_TRANSLATE_NOOP("errors", "entry {number} {reason}")
            reason = detail(unfit_entry, number=index + 1, reason=unfit.reason)
            raise ImportProblem(path, reason, line) from None
    return entries


_KIND_WORDS = {
    str: QT_TRANSLATE_NOOP("errors", "text"),
    list: QT_TRANSLATE_NOOP("errors", "a list"),
    bool: QT_TRANSLATE_NOOP("errors", "true or false"),
}


def field_of(item: dict[str, Any], name: str, kind: type, default: Any = ...) -> Any:
    """``item[name]`` if it is a ``kind``; ``default`` when missing (required without one)."""
    value = item.get(name, default)
    if value is ...:
        raise UnfitEntry(detail(QT_TRANSLATE_NOOP("errors", 'has no "{name}".'), name=name))
    if value is not default and not isinstance(value, kind):
        wrong_kind = QT_TRANSLATE_NOOP("errors", 'has a "{name}" that isn\'t {kind}.')
        kind_words = detail(_KIND_WORDS[kind]) if kind in _KIND_WORDS else kind.__name__
        raise UnfitEntry(detail(wrong_kind, name=name, kind=kind_words))
    return value


def item_line(text: str, key: str, index: int) -> int | None:
    """The line on which item ``index`` of the top-level array ``key`` starts.

    Only called to report a problem, on JSON that already parsed, so the walk can skip
    values with the standard decoder. ``None`` if the layout is not the expected one.
    """
    decoder = json.JSONDecoder()
    try:
        position = _skip_space(text, 0)
        if text[position] != "{":
            return None
        position += 1
        while True:
            position = _skip_space(text, position)
            if text[position] != '"':
                return None
            name, position = decoder.parse_string(text, position + 1)  # type: ignore[attr-defined]
            position = _skip_space(text, _skip_space(text, position) + 1)  # past the colon
            if name == key and text[position] == "[":
                return _array_item_line(text, position + 1, index, decoder)
            _, position = decoder.raw_decode(text, position)
            position = _skip_space(text, position) + 1  # past the comma
    except (ValueError, IndexError):
        return None


def _array_item_line(text: str, position: int, index: int, decoder: json.JSONDecoder) -> int:
    for _ in range(index):
        _, position = decoder.raw_decode(text, _skip_space(text, position))
        position = _skip_space(text, position) + 1  # past the comma
    return text.count("\n", 0, _skip_space(text, position)) + 1


_SPACE = re.compile(r"[ \t\n\r]*")


def _skip_space(text: str, position: int) -> int:
    match = _SPACE.match(text, position)
    return match.end() if match else position


def content_key(prefix: str, when: str, *parts: str) -> str:
    """A source key for an entry without an id: ``prefix`` and a hash of its time and words.

    Words are joined by single spaces, so where a format splits title from body (or how it
    wraps lines) doesn't change the key.
    """
    words = " ".join(" ".join(parts).split())
    digest = hashlib.sha256(f"{when}\x1f{words}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{prefix}:{digest}"
