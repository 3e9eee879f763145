"""Reflect's own JSON export (format ``json``), read back without loss.

``{"format": "reflect-journal", "version": 1, "exported": …, "entries": [record…]}``, each
record as ``reflect.core.entry_records.entry_record`` writes it (docs/EXPORT-FORMAT.md).
The array ``reflect list --json`` prints is read too: the same records without ``key`` and
``formatting``. An entry's source key is its ``key``; a record without one gets a hash of
its date and words. Fields Reflect doesn't know are passed over, so a newer export with
added fields still reads; a newer *version* is refused rather than half understood.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reflect.core.domain import canonical_text
from reflect.core.entry_records import (
    FORMAT_NAME,
    FORMAT_VERSION,
    RecordReader,
    entry_called,
    newer_export,
)
from reflect.core.importers.reading import (
    content_key,
    decode_text,
    item_line,
    load_json,
    read_bytes,
)
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.wording import QT_TRANSLATE_NOOP

NAME = "json"


def parse(path: Path) -> list[ImportedEntry]:
    """Every entry in the Reflect JSON export at ``path``."""
    text = decode_text(path, read_bytes(path))
    document = load_json(path, text)
    records = _records(path, document)
    entries = []
    for index, record in enumerate(records):
        what = entry_called(index + 1)
        try:
            entries.append(_entry(record, RecordReader(path, what)))
        except ImportProblem as problem:
            if problem.line is not None or not isinstance(document, dict):
                raise
            line = item_line(text, "entries", index)
            raise ImportProblem(path, problem.reason, line) from None
    return entries


def _records(path: Path, document: Any) -> list[Any]:
    if isinstance(document, list):  # what ``reflect list --json`` prints
        return document
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportProblem(
            path,
            QT_TRANSLATE_NOOP(
                "errors", 'it isn\'t a Reflect export (its "format" should be "reflect-journal").'
            ),
        )
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", 'its "version" should be a whole number, 1 or more.')
        )
    if version > FORMAT_VERSION:
        raise ImportProblem(path, newer_export(version))
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise ImportProblem(path, QT_TRANSLATE_NOOP("errors", 'it has no list of "entries".'))
    return entries


def _entry(record: Any, reader: RecordReader) -> ImportedEntry:
    if not isinstance(record, dict):
        raise reader.problem("it should be an object with the entry's fields.")
    created = reader.time(record.get("created"), field_name="created")
    title = reader.title(record.get("title", ""))
    # Stored text is canonical already; a hand-made file may hold "\r\n".
    text = canonical_text(reader.string(record.get("text", ""), "text"))
    key = record.get("key")
    if key is None:
        key = content_key("reflect-json", created.isoformat(), title, text)
    elif not isinstance(key, str) or not key.strip():
        raise reader.problem("'key' should be text in quotes.")
    return ImportedEntry(
        source_key=key,
        created=created,
        title=title,
        text=text,
        tags=reader.tags(record.get("tags")),
        mood=reader.mood(record.get("mood")),
        moments=tuple(reader.moments(record.get("moments"), text=text)),
        formatting=tuple(reader.formatting(record.get("formatting"), text=text)),
    )


FORMATS.register(NAME, parse)
