"""A folder of Markdown or text files (format ``markdown``): Reflect's own Markdown export,
or notes written anywhere else.

Every ``.md``, ``.markdown`` and ``.txt`` file in the folder and its subfolders is one
entry, in the order of their paths; hidden files and folders (``.obsidian``, ``.git``) are
passed over. A single file may be imported on its own too.

* **Reflect's export** has ``reflect: 1`` in its front matter: its ``key``, ``date``,
  ``title``, ``tags``, ``mood``, ``moments`` and ``formatting`` are read back exactly, and
  the text is everything after the front matter, exactly.
* **Other files**: the date is the front matter's ``date:`` (ISO 8601; a date alone means
  midnight), else a date at the start of the file name (``2026-03-14…``, with an optional
  time, ``2026-03-14 2130…``), else the file's last-modified time. Times without a time
  zone are this computer's local time. The title is the front matter's ``title:``, else a
  first line written as a ``# heading`` (taken out of the text), else the file name. Tags
  come from ``tags:`` (a list, or words separated by commas). The text is the file's words
  as written, Markdown signs and all.

Front matter Reflect can't read is reported with its file and line (see
``reflect.core.front_matter`` for the YAML it reads).
"""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import datetime
from pathlib import Path

from reflect.core import domain
from reflect.core.entry_records import FORMAT_VERSION, RecordReader, newer_export
from reflect.core.errors import InvalidInput, detail
from reflect.core.front_matter import Document, FrontMatter, FrontMatterError, Value, split
from reflect.core.importers.reading import content_key, decode_text, read_bytes
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording

NAME = "markdown"
SUFFIXES = frozenset({".md", ".markdown", ".txt"})

_NAME_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[ T_-](\d{2})[:.h-]?(\d{2})(?!\d))?[ _-]*(?P<rest>.*)"
)
_HEADING = re.compile(r"#[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


def parse(path: Path) -> list[ImportedEntry]:
    """One entry per Markdown or text file at ``path`` (a folder, or one file)."""
    if path.is_dir():
        return [_read(file, path) for file in _files_in(path)]
    if not path.exists():
        raise ImportProblem(path, QT_TRANSLATE_NOOP("errors", "there's no file or folder there."))
    return [_read(path, path.parent)]


def _files_in(folder: Path) -> list[Path]:
    def refuse(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        raise ImportProblem(
            where, QT_TRANSLATE_NOOP("errors", "Reflect isn't allowed to read this folder.")
        )

    found: list[Path] = []
    for root, folders, names in os.walk(folder, onerror=refuse):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found.extend(
            Path(root, name)
            for name in names
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        )
    return sorted(found, key=lambda file: file.relative_to(folder).parts)


def _read(file: Path, root: Path) -> ImportedEntry:
    document = decode_text(file, read_bytes(file))
    try:
        parts = split(document)
    except FrontMatterError as error:
        raise _front_matter_problem(file, error) from None
    matter = parts.front_matter
    relative = unicodedata.normalize("NFC", file.relative_to(root).as_posix())
    key = content_key(NAME, relative, document)
    if matter is not None and "reflect" in matter:
        return _exported(file, matter, parts, key)
    return _other(file, matter, parts.body, key)


def _value(file: Path, matter: FrontMatter | None, key: str) -> Value:
    if matter is None:
        return None
    try:
        return matter.value(key)
    except FrontMatterError as error:
        raise _front_matter_problem(file, error) from None


def _in_front_matter() -> Wording:
    return detail(QT_TRANSLATE_NOOP("errors", "in its front matter"))


def _front_matter_problem(file: Path, error: FrontMatterError) -> ImportProblem:
    unreadable = QT_TRANSLATE_NOOP("errors", "its front matter can't be read: {reason}.")
    return ImportProblem(file, detail(unreadable, reason=error.reason), error.line)


def _exported(file: Path, matter: FrontMatter, parts: Document, file_key: str) -> ImportedEntry:
    """A file of Reflect's Markdown export: everything back exactly as it was.

    Its ``key`` is the entry's identity; without one (a copy meant as a new entry), the
    file's own ``file_key``."""
    reader = RecordReader(file, _in_front_matter())

    def field(key: str) -> tuple[Value, int | None]:
        return _value(file, matter, key), matter.line(key)

    version, line = field("reflect")
    if type(version) is not int or version < 1:
        template = QT_TRANSLATE_NOOP(
            "errors", "'reflect' should be the export's version, a whole number."
        )
        raise reader.problem(template, line)
    if version > FORMAT_VERSION:
        raise reader.problem(newer_export(version), line)
    key, line = field("key")
    key = file_key if key is None else reader.string(key, "key", line)
    if not key.strip():
        raise reader.problem("'key' is empty.", line)
    text = parts.body
    title, title_line = field("title")
    return ImportedEntry(
        source_key=key,
        created=reader.time(*field("date"), field_name="date"),
        title=reader.title("" if title is None else title, title_line),
        text=text,
        tags=reader.tags(*field("tags")),
        mood=reader.mood(*field("mood")),
        moments=tuple(reader.moments(*field("moments"), text=text)),
        formatting=tuple(reader.formatting(*field("formatting"), text=text)),
    )


def _other(file: Path, matter: FrontMatter | None, body: str, key: str) -> ImportedEntry:
    """A note from anywhere else: as much as its front matter and name tell."""
    reader = RecordReader(file, _in_front_matter())
    line = matter.line if matter is not None else (lambda _key: None)
    text = _LEADING_BLANK_LINES.sub("", body).rstrip()
    title_value = _value(file, matter, "title")
    if title_value is not None:
        title = reader.title(_scalar_text(title_value), line("title"))
    else:
        title, text = _title_from(text, file)
    tags_value = _value(file, matter, "tags")
    if isinstance(tags_value, list):
        tags_value = [_scalar_text(tag) for tag in tags_value]
    date_value = _value(file, matter, "date")
    return ImportedEntry(
        source_key=key,
        created=(
            reader.time(_scalar_text(date_value), line("date"), field_name="date")
            if date_value is not None
            else _date_from_name(file) or _modified(file)
        ),
        title=title,
        text=text,
        tags=reader.tags(tags_value, line("tags")),
        mood=reader.mood(_value(file, matter, "mood"), line("mood")),
    )


def _scalar_text(value: Value) -> Value:
    """A plain YAML number or truth value as the words written (``title: 2024``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int) else value


def _title_from(text: str, file: Path) -> tuple[str, str]:
    """A first ``# heading`` line as the title (taken out of the text), else the name."""
    first, _, rest = text.partition("\n")
    heading = _HEADING.fullmatch(first)
    if heading is not None:
        try:
            title = domain.check_title(heading.group("title"))
        except InvalidInput:
            pass  # too long for a title: it stays in the text, and the name is the title
        else:
            if title:
                return title, _LEADING_BLANK_LINES.sub("", rest)
    return _title_from_name(file), text


def _title_from_name(file: Path) -> str:
    stem = file.stem
    dated = _NAME_DATE.fullmatch(stem)
    words = dated.group("rest") if dated else stem
    return domain.check_title(re.sub(r"[-_]+", " ", words))


def _date_from_name(file: Path) -> datetime | None:
    dated = _NAME_DATE.fullmatch(file.stem)
    if dated is None:
        return None
    year, month, day, hour, minute = (int(part) if part else 0 for part in dated.groups()[:5])
    try:
        return domain.check_time(datetime(year, month, day, hour, minute))
    except (ValueError, OverflowError, OSError, InvalidInput):
        return None  # not a real date after all: the file's own time will do


def _modified(file: Path) -> datetime:
    try:
        return domain.check_time(datetime.fromtimestamp(file.stat().st_mtime).astimezone())
    except (ValueError, OverflowError, OSError, InvalidInput):
        raise ImportProblem(
            file,
            QT_TRANSLATE_NOOP(
                "errors", "it has no date in its front matter or name, and no usable file date."
            ),
        ) from None


FORMATS.register(NAME, parse)
