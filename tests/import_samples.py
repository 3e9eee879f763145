"""Small, real files of the formats Reflect imports, written the way jrnl and Day One
write them, for the importer, journal, CLI and window tests."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

# jrnl 2's default layout: 24-hour dates, entries separated by a blank line.
JRNL_TEXT = """\
[2026-03-14 21:30] Went to a meeting. Called my @sponsor after. *
It was hard, and good. I said my number out loud.
## Not a tag, a heading

Still thinking about it. #gratitude

[2026-03-15 08:05] Morning walk
The rain stopped. @walk @Sponsor

[2026-03-16 09:30:00 PM] Late one, the jrnl 4 way.
"""

# The same entries as `jrnl --export json` writes them (title split as jrnl splits it).
JRNL_EXPORT: dict[str, Any] = {
    "tags": {"@sponsor": 2, "@gratitude": 1, "@walk": 1},
    "entries": [
        {
            "title": "Went to a meeting. Called my @sponsor after.",
            "body": "It was hard, and good. I said my number out loud.\n## Not a tag, a heading"
            "\n\nStill thinking about it. #gratitude",
            "date": "2026-03-14",
            "time": "21:30",
            "tags": ["@sponsor", "#gratitude"],
            "starred": True,
        },
        {
            "title": "Morning walk",
            "body": "The rain stopped. @walk @Sponsor",
            "date": "2026-03-15",
            "time": "08:05",
            "tags": ["@walk", "@sponsor"],
            "starred": False,
        },
        {
            "title": "Late one, the jrnl 4 way.",
            "body": "",
            "date": "2026-03-16",
            "time": "21:30",
            "tags": [],
            "starred": False,
            "creator": {"device_agent": "Phone of Sam", "host_name": "sams-laptop"},
        },
    ],
}

# Day One's export: UTC dates with each entry's own time zone, Markdown text (with Day One's
# backslash escapes and photo placeholders), and the details Reflect leaves out.
DAYONE_EXPORT: dict[str, Any] = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
            "creationDate": "2026-03-15T02:30:00Z",
            "modifiedDate": "2026-03-15T03:00:00Z",
            "timeZone": "America/New_York",
            "text": "# Ninety days\n\nI said my number out loud\\. It felt good\\!\n\n"
            "![](dayone-moment://4F3E2D1C0B0A)\n\nThen coffee with Sam\\.",
            "tags": ["meeting", "Milestone"],
            "starred": True,
            "location": {
                "placeName": "Church Hall on Elm Street",
                "latitude": 40.7128,
                "longitude": -74.006,
            },
            "weather": {"conditionsDescription": "Light Drizzle", "temperatureCelsius": 7},
            "creationDevice": "Sam's iPhone",
            "creationDeviceModel": "iPhone14,2",
            "userActivity": {"activityName": "Walking", "stepCount": 5210},
            "photos": [{"identifier": "4F3E2D1C0B0A", "md5": "abc123", "type": "jpeg"}],
        },
        {
            "uuid": "11112222333344445555666677778888",
            "creationDate": "2026-06-01T08:15:00Z",
            "timeZone": "Europe/Berlin",
            "text": "Slept well for once.",
            "starred": False,
        },
    ],
}

DAYONE_LEFT_OUT = ("Elm Street", "Drizzle", "iPhone", "Walking", "4F3E2D1C0B0A", "40.71")


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def write_dayone_zip(path: Path, journals: dict[str, Any], *, photos: bool = True) -> Path:
    """A Day One .zip: one JSON file per journal, and a photos folder Reflect ignores."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, document in journals.items():
            archive.writestr(name, json.dumps(document, indent=2))
        if photos:
            archive.writestr("photos/abc123.jpeg", b"\xff\xd8\xff\xe0 not really a photo")
    return path


def write_jrnl_journal(path: Path, count: int) -> Path:
    """A jrnl journal of ``count`` entries, three hours apart, a few tags and stars."""
    start = datetime(2018, 1, 1, 7, 0)
    with path.open("w", encoding="utf-8") as file:
        for number in range(count):
            when = start + timedelta(hours=3 * number)
            star = " *" if number % 10 == 0 else ""
            file.write(
                f"[{when:%Y-%m-%d %H:%M}] Day {number}. Went to a meeting.{star}\n"
                f"Called @sponsor{number % 7} and walked home. One day at a time.\n"
                "Still here, still trying.\n\n"
            )
    return path
