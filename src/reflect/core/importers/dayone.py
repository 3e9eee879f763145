"""Day One's JSON export: the .zip Day One makes, or the .json file inside it.

Each entry keeps its ``uuid`` (as the source key, ``dayone:<uuid>``), its date
(``creationDate`` in UTC, shown in the entry's own ``timeZone``), its text, tags and star.
Everything else is left out on purpose: location, weather, the device and app it was
written on, what the person was doing (``userActivity``) say where and who they were,
which a private journal has no need to keep. Photos and other media are left out too;
their placeholders (``![](dayone-moment://…)``) are taken out of the text.

Day One writes text as Markdown. Reflect keeps it as plain text, with two kindnesses: a
first line written as a heading (``# A title``) becomes the entry's title, and Markdown's
backslash escapes (``\\.``, ``\\-``, which Day One adds freely) are dropped, as a Markdown
reader would show them.

A zip is read in place, never unpacked: only its ``.json`` files are read, each with a
size limit (a zip bomb can't fill the memory), and an archive naming a file outside itself
(``../…`` or ``/…``, a sign of a crafted file) is refused.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from datetime import UTC, datetime, tzinfo
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

from reflect.core import domain
from reflect.core.errors import InvalidInput, detail
from reflect.core.importers.reading import (
    MAX_FILE_BYTES,
    MAX_FILE_TEXT,
    UnfitEntry,
    decode_text,
    entries_of_export,
    field_of,
    read_bytes,
)
from reflect.core.importing import FORMATS, ImportedEntry, ImportProblem
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording

NAME = "dayone"
NOTE = "Location, weather, device details and photos are left out: they can identify you."
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # an archive with files; an empty one
_EXPORT = detail(QT_TRANSLATE_NOOP("errors", "a Day One JSON export"))


def parse(path: Path) -> list[ImportedEntry]:
    """The entries of a Day One export (.zip or .json) at ``path``."""
    if _looks_like_zip(path):
        return [
            entry
            for name, data in _json_files_in_zip(path)
            for entry in _parse_json(path / name, data)
        ]
    return _parse_json(path, read_bytes(path))


def _looks_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) in _ZIP_MAGIC
    except OSError:
        return False  # read_bytes will say what is wrong


# --- the zip ----------------------------------------------------------------------------


def _json_files_in_zip(path: Path) -> list[tuple[str, bytes]]:
    """``(name, bytes)`` of each JSON file in the archive (photos are never read)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unsafe = next((m.filename for m in members if not _safe_name(m.filename)), None)
            if unsafe is not None:
                outside = QT_TRANSLATE_NOOP(
                    "errors",
                    "it holds a file named {name}, outside the export; Reflect won't read it.",
                )
                raise ImportProblem(path, detail(outside, name=repr(unsafe)))
            found = [m for m in members if _is_export_json(m)]
            if not found:
                no_json = QT_TRANSLATE_NOOP(
                    "errors", "it isn't {what}: there's no .json file in it."
                )
                raise ImportProblem(path, detail(no_json, what=_EXPORT))
            if sum(m.file_size for m in found) > MAX_FILE_BYTES:
                raise ImportProblem(path, _too_large())
            return [(m.filename, _read_member(archive, m, path)) for m in found]
    except ImportProblem:
        raise
    except RuntimeError:  # zipfile's word for a password-protected member
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "it is protected with a password.")
        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError):
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "the zip file is damaged or incomplete.")
        ) from None
    except NotImplementedError:
        raise ImportProblem(
            path, QT_TRANSLATE_NOOP("errors", "it is compressed in a way Reflect can't read.")
        ) from None
    except OSError as error:
        why = QT_TRANSLATE_NOOP("errors", "it couldn't be read ({why}).")
        raise ImportProblem(path, detail(why, why=error.strerror or "error")) from None


def _safe_name(name: str) -> bool:
    """Not absolute, no drive letter, never climbing out with ``..``."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return not name.startswith(("/", "\\")) and not _DRIVE.match(name) and ".." not in parts


_DRIVE = re.compile(r"[A-Za-z]:")


def _is_export_json(member: zipfile.ZipInfo) -> bool:
    name = PurePosixPath(member.filename)
    hidden = any(part.startswith((".", "__MACOSX")) for part in name.parts)
    return not member.is_dir() and not hidden and name.suffix.lower() == ".json"


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, path: Path) -> bytes:
    # The declared size can lie; reading one byte past the limit tells without trusting it.
    with archive.open(member) as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ImportProblem(path, _too_large())
    return data


def _too_large() -> Wording:
    too_large = QT_TRANSLATE_NOOP("errors", "its JSON files unpack to more than {size}.")
    return detail(too_large, size=MAX_FILE_TEXT)


# --- the JSON ---------------------------------------------------------------------------


def _parse_json(path: Path, data: bytes) -> list[ImportedEntry]:
    return entries_of_export(path, decode_text(path, data), _EXPORT, _entry)


def _entry(item: Any) -> ImportedEntry:
    if not isinstance(item, dict):
        raise UnfitEntry(
            QT_TRANSLATE_NOOP(
                "errors", "isn't an entry (a JSON object with a uuid and a creationDate)."
            )
        )
    uuid = field_of(item, "uuid", str)
    if not uuid.strip():
        raise UnfitEntry(QT_TRANSLATE_NOOP("errors", 'has an empty "uuid".'))
    created = _created(field_of(item, "creationDate", str), field_of(item, "timeZone", str, None))
    tags = field_of(item, "tags", list, [])
    if not all(isinstance(tag, str) for tag in tags):
        raise UnfitEntry(QT_TRANSLATE_NOOP("errors", "has a tag that isn't text."))
    title, text = _title_and_text(_unescaped(_without_media(field_of(item, "text", str, ""))))
    try:
        kept_tags = domain.normalize_tags(tags)
    except InvalidInput as error:
        unfit = QT_TRANSLATE_NOOP("errors", "has a tag Reflect can't keep: {error}")
        raise UnfitEntry(detail(unfit, error=error.wording)) from None
    return ImportedEntry(
        source_key=f"{NAME}:{uuid.strip()}",
        created=created,
        title=title,
        text=text,
        tags=kept_tags,
        starred=field_of(item, "starred", bool, False),
    )


def _created(stamp: str, zone_name: str | None) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.strip())
    except ValueError:
        unknown = QT_TRANSLATE_NOOP(
            "errors", 'has a "creationDate" Reflect doesn\'t understand ({stamp}).'
        )
        raise UnfitEntry(detail(unknown, stamp=repr(stamp[:40]))) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # Day One writes UTC ("…Z")
    try:
        moment = domain.check_time(moment)
    except InvalidInput as error:
        unfit = QT_TRANSLATE_NOOP("errors", "has a date Reflect can't keep: {error}")
        raise UnfitEntry(detail(unfit, error=error.wording)) from None
    return moment.astimezone(_zone(zone_name))


def _zone(name: str | None) -> tzinfo:
    """The entry's own time zone; UTC when it is missing or unknown here (the moment it
    was written is right either way, only the hour shown differs)."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return UTC


def _title_and_text(text: str) -> tuple[str, str]:
    """A first line written as a Markdown heading is the title; the rest is the text."""
    text = text.strip("\n")
    first, _, rest = text.partition("\n")
    heading = first.lstrip()
    if heading.startswith("#"):
        title = heading.lstrip("#")
        if title[:1] in (" ", "\t") and len(title.strip()) <= domain.MAX_TITLE_LENGTH:
            return title.strip(), rest.strip("\n")
    return "", text


# Day One's photos, videos, audio and drawings, as its Markdown points at them.
_MEDIA = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
# CommonMark: a backslash before ASCII punctuation only keeps that character from meaning
# Markdown; a reader shows the character alone.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _without_media(text: str) -> str:
    """The text without media placeholders; a placeholder's own paragraph goes entirely."""
    lines = text.split("\n")
    kept: list[str] = []
    for number, line in enumerate(lines):
        if _MEDIA.fullmatch(line.strip()):
            after = lines[number + 1] if number + 1 < len(lines) else None
            if kept and not kept[-1].strip() and (after is None or not after.strip()):
                kept.pop()  # one blank line, not two, where the photo was
            continue
        kept.append(line)
    return _MEDIA.sub("", "\n".join(kept))


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


FORMATS.register(NAME, parse)
