"""Front matter: the small block of YAML between ``---`` lines at the top of a Markdown file.

Reflect writes and reads a strict subset of YAML 1.2 here, by hand, because no YAML library
is a dependency and the subset is small (see docs/EXPORT-FORMAT.md for the grammar):

* a block mapping of ``key: value`` lines at the top level;
* values: double-quoted strings (JSON's escapes and YAML's), single-quoted strings, plain
  words (``null``/``~``, ``true``/``false``, whole numbers, anything else is a string),
  one-line flow collections (``[a, "b"]``, ``{start: 0, style: "bold"}``), and nested block
  sequences (``- item``) and block mappings;
* comments (``# …``) and blank lines.

Reflect *writes* every string double-quoted with every line break, control character and
other invisible separator escaped, so any text (newlines, quotes, colons, ``---``, emoji,
right-to-left words) comes back exactly. Files from other apps are read as far as the
subset goes; a value Reflect can't read is reported only if Reflect needs that key
(``FrontMatter.value``), so unusual YAML under keys Reflect ignores never blocks an import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reflect.core.errors import as_detail
from reflect.core.wording import QT_TRANSLATE_NOOP, Wording

Value = str | int | bool | None | list["Value"] | dict[str, "Value"]

DELIMITER = "---"
_CLOSERS = ("---", "...")
_MAX_DEPTH = 32  # nesting beyond this is not front matter anyone writes by hand


class FrontMatterError(ValueError):
    """Front matter that isn't in the subset Reflect reads; ``line`` counts from 1."""

    def __init__(self, line: int, reason: str | Wording) -> None:
        self.line, self.reason = line, as_detail(reason)
        super().__init__(f"line {line}: {self.reason}")


def _twice(key: str) -> Wording:
    return Wording.of(
        "errors", QT_TRANSLATE_NOOP("errors", "the key '{key}' appears twice"), key=key
    )


class Inline(dict[str, "Value"]):
    """A mapping to write on one line (``{start: 0, end: 4, style: "bold"}``)."""


# --- writing ---------------------------------------------------------------------------------

# Escaped so a value stays on one line and reads back identically: C0 and C1 controls,
# DEL, the Unicode line and paragraph separators, the byte order mark, and non-characters
# and surrogates YAML does not allow in a file.
_NEEDS_ESCAPE = re.compile('[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff"\\\\]')
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def quote(text: str) -> str:
    """``text`` as a YAML double-quoted string that reads back exactly."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04x}"

    return '"' + _NEEDS_ESCAPE.sub(escape, text) + '"'


def _scalar(value: Value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    return "{" + ", ".join(f"{key}: {_scalar(item)}" for key, item in value.items()) + "}"


def dump(fields: Mapping[str, Value]) -> str:
    """Front matter for ``fields``, from the opening ``---`` line to the closing one.

    Keys are written as they are (they must be plain words); a list of mappings becomes a
    block sequence (one line per key, or one line per item for ``Inline`` mappings); any
    other value is written on the key's line.
    """
    lines = [DELIMITER]
    for key, value in fields.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"{key}:")
            for item in (v for v in value if isinstance(v, dict)):
                if isinstance(item, Inline):
                    lines.append(f"  - {_scalar(item)}")
                    continue
                for index, (name, inner) in enumerate(item.items()):
                    lines.append(f"{'  - ' if index == 0 else '    '}{name}: {_scalar(inner)}")
        else:
            lines.append(f"{key}: {_scalar(value)}")
    lines.append(DELIMITER)
    return "\n".join(lines) + "\n"


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One top-level key: its line, and its value or why it couldn't be read."""

    line: int
    value: Value = None
    error: FrontMatterError | None = None


@dataclass(frozen=True)
class FrontMatter:
    """The top-level keys of a file's front matter (empty when it has none)."""

    fields: Mapping[str, Field]

    def __contains__(self, key: str) -> bool:
        return key in self.fields

    def value(self, key: str) -> Value:
        """The value under ``key`` (``None`` if absent); raises if it couldn't be read."""
        found = self.fields.get(key)
        if found is None:
            return None
        if found.error is not None:
            raise found.error
        return found.value

    def line(self, key: str) -> int | None:
        found = self.fields.get(key)
        return None if found is None else found.line


@dataclass(frozen=True)
class Document:
    """A file split into its front matter and the text after it."""

    front_matter: FrontMatter | None
    body: str
    body_line: int  # the line the body starts on


def split(document: str) -> Document:
    """Separate ``document`` (line breaks already ``\\n``) into front matter and body.

    Front matter starts with a ``---`` line on the very first line and ends at the next
    ``---`` (or ``...``) line; the body is everything after that line's line break,
    exactly. A first line of ``---`` with no closing line is an error.
    """
    lines = document.split("\n")
    if len(lines) == 1 or lines[0].rstrip(" \t") != DELIMITER:
        return Document(None, document, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip(" \t") in _CLOSERS:
            body = "\n".join(lines[index + 1 :])
            return Document(parse(lines[1:index], first_line=2), body, index + 2)
    raise FrontMatterError(
        1, QT_TRANSLATE_NOOP("errors", "the front matter starting here has no closing '---' line")
    )


@dataclass(frozen=True)
class _Line:
    number: int
    indent: int
    content: str  # without the indentation and without trailing spaces


def parse(raw_lines: Sequence[str], first_line: int = 1) -> FrontMatter:
    """Read the lines between the ``---`` delimiters into a ``FrontMatter``."""
    lines: list[_Line] = []
    for number, raw in enumerate(raw_lines, start=first_line):
        content = raw.strip(" \t")
        if not content or content.startswith("#"):
            continue
        indentation = raw[: len(raw) - len(raw.lstrip(" \t"))]
        if "\t" in indentation:
            raise FrontMatterError(
                number, QT_TRANSLATE_NOOP("errors", "indentation must be spaces, not tabs")
            )
        lines.append(_Line(number, len(indentation), content))
    fields: dict[str, Field] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.indent != 0:
            raise FrontMatterError(
                line.number,
                QT_TRANSLATE_NOOP("errors", "expected 'key: value' at the start of the line"),
            )
        key, rest = _split_key(line)
        end = _extent(lines, index)
        if key in fields:
            raise FrontMatterError(line.number, _twice(key))
        try:
            value, used = _mapping_value(lines, index, rest, 0)
            if used != end:
                raise FrontMatterError(
                    lines[used].number,
                    QT_TRANSLATE_NOOP("errors", "this line doesn't fit the one above"),
                )
            fields[key] = Field(line.number, value)
        except FrontMatterError as error:
            fields[key] = Field(line.number, error=error)
        except RecursionError:
            fields[key] = Field(
                line.number,
                error=FrontMatterError(
                    line.number, QT_TRANSLATE_NOOP("errors", "nested too deeply")
                ),
            )
        index = end
    return FrontMatter(fields)


def _extent(lines: list[_Line], index: int) -> int:
    """Where the value of the top-level key on ``lines[index]`` ends (exclusive)."""
    end = index + 1
    while end < len(lines) and (lines[end].indent > 0 or _is_item(lines[end].content)):
        end += 1
    return end


def _is_item(content: str) -> bool:
    return content == "-" or content.startswith("- ")


def _split_key(line: _Line) -> tuple[str, str]:
    """``key`` and the rest of a ``key: value`` line."""
    content = line.content
    if content[0] in "\"'":
        key_value, end = _quoted(content, 0, line.number)
        if content[end : end + 1] != ":" or content[end + 1 : end + 2] not in ("", " "):
            raise FrontMatterError(
                line.number, QT_TRANSLATE_NOOP("errors", "expected ':' after the quoted key")
            )
        return key_value, content[end + 1 :].strip()
    match = re.match(r"(.*?):(?: (.*)|$)", content)
    if match is None or not match.group(1).strip() or _is_item(content):
        raise FrontMatterError(line.number, QT_TRANSLATE_NOOP("errors", "expected 'key: value'"))
    key = match.group(1).strip()
    if key[0] in "[]{},#&*!|>%@`?":
        raise FrontMatterError(
            line.number,
            QT_TRANSLATE_NOOP("errors", "a key must be a plain word or a quoted string"),
        )
    return key, (match.group(2) or "").strip()


def _mapping_value(lines: list[_Line], index: int, rest: str, depth: int) -> tuple[Value, int]:
    """The value of the key on ``lines[index]`` (``rest`` is what follows its colon)."""
    line = lines[index]
    if rest and not rest.startswith("#"):
        if rest[0] in "|>":
            raise FrontMatterError(
                line.number,
                QT_TRANSLATE_NOOP(
                    "errors", "Reflect doesn't read YAML block text ('|' or '>'); use quotes"
                ),
            )
        return _inline(rest, line.number, depth), index + 1
    after = index + 1
    if after < len(lines) and (
        lines[after].indent > line.indent
        or (lines[after].indent == line.indent and _is_item(lines[after].content))
    ):
        return _block(lines, after, lines[after].indent, depth + 1)
    return None, after


def _block(lines: list[_Line], index: int, indent: int, depth: int) -> tuple[Value, int]:
    """A block sequence or mapping whose lines start at column ``indent``."""
    if depth > _MAX_DEPTH:
        raise FrontMatterError(
            lines[index].number, QT_TRANSLATE_NOOP("errors", "nested too deeply")
        )
    if _is_item(lines[index].content):
        return _sequence(lines, index, indent, depth)
    return _mapping(lines, index, indent, depth)


def _mapping(
    lines: list[_Line], index: int, indent: int, depth: int
) -> tuple[dict[str, Value], int]:
    result: dict[str, Value] = {}
    while index < len(lines) and lines[index].indent == indent:
        line = lines[index]
        if _is_item(line.content):
            raise FrontMatterError(
                line.number, QT_TRANSLATE_NOOP("errors", "expected 'key: value', found a list item")
            )
        key, rest = _split_key(line)
        if key in result:
            raise FrontMatterError(line.number, _twice(key))
        result[key], index = _mapping_value(lines, index, rest, depth)
    if index < len(lines) and lines[index].indent > indent:
        raise FrontMatterError(
            lines[index].number,
            QT_TRANSLATE_NOOP("errors", "this line is indented more than expected"),
        )
    return result, index


def _sequence(lines: list[_Line], index: int, indent: int, depth: int) -> tuple[Value, int]:
    result: list[Value] = []
    while index < len(lines) and lines[index].indent == indent and _is_item(lines[index].content):
        line = lines[index]
        item = line.content[1:].lstrip(" ")
        if not item or item.startswith("#"):
            value, index = _mapping_value(lines, index, "", depth)
        elif _looks_like_key(item):
            # "- key: value" starts a mapping whose keys line up with "key".
            column = indent + len(line.content) - len(item)
            lines[index] = _Line(line.number, column, item)  # consumed at once, so safe
            value, index = _block(lines, index, column, depth + 1)
        else:
            value, index = _inline(item, line.number, depth), index + 1
        result.append(value)
    if index < len(lines) and lines[index].indent > indent:
        raise FrontMatterError(
            lines[index].number,
            QT_TRANSLATE_NOOP("errors", "this line is indented more than expected"),
        )
    return result, index


def _looks_like_key(item: str) -> bool:
    if item[0] in "[{":
        return False
    if item[0] in "\"'":
        try:
            _, end = _quoted(item, 0, 0)
        except FrontMatterError:
            return False
        return item[end : end + 1] == ":" and item[end + 1 : end + 2] in ("", " ")
    return re.match(r"[^#]*?:(?: |$)", item) is not None


# --- one-line values -------------------------------------------------------------------------


def _inline(text: str, number: int, depth: int) -> Value:
    """A value written on one line: a scalar or a flow collection, maybe a comment after."""
    value, end = _flow_value(text, 0, number, in_flow=False, depth=depth)
    remainder = text[end:]
    if remainder.strip() and not remainder.lstrip().startswith("#"):
        raise FrontMatterError(
            number, QT_TRANSLATE_NOOP("errors", "unexpected text after the value")
        )
    if remainder.lstrip().startswith("#") and remainder[:1] not in (" ", "\t"):
        raise FrontMatterError(
            number, QT_TRANSLATE_NOOP("errors", "unexpected text after the value")
        )
    return value


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _flow_value(
    text: str, position: int, number: int, *, in_flow: bool, depth: int
) -> tuple[Value, int]:
    if depth > _MAX_DEPTH:
        raise FrontMatterError(number, QT_TRANSLATE_NOOP("errors", "nested too deeply"))
    position = _skip_spaces(text, position)
    if position >= len(text):
        return None, position
    char = text[position]
    if char in "\"'":
        return _quoted(text, position, number)
    if char == "[":
        return _flow_sequence(text, position, number, depth)
    if char == "{":
        return _flow_mapping(text, position, number, depth)
    return _plain(text, position, number, in_flow=in_flow)


def _flow_sequence(text: str, position: int, number: int, depth: int) -> tuple[Value, int]:
    items: list[Value] = []
    position = _skip_spaces(text, position + 1)
    while True:
        if position >= len(text):
            raise FrontMatterError(
                number,
                QT_TRANSLATE_NOOP("errors", "a '[' list isn't closed with ']' on the same line"),
            )
        if text[position] == "]":
            return items, position + 1
        item, position = _flow_value(text, position, number, in_flow=True, depth=depth + 1)
        items.append(item)
        position = _after_flow_item(text, position, "]", number)


def _flow_mapping(text: str, position: int, number: int, depth: int) -> tuple[Value, int]:
    result: dict[str, Value] = {}
    position = _skip_spaces(text, position + 1)
    while True:
        if position >= len(text):
            raise FrontMatterError(
                number,
                QT_TRANSLATE_NOOP("errors", "a '{' mapping isn't closed with '}' on the same line"),
            )
        if text[position] == "}":
            return result, position + 1
        key, position = _flow_value(text, position, number, in_flow=True, depth=depth + 1)
        position = _skip_spaces(text, position)
        if not isinstance(key, str) or text[position : position + 1] != ":":
            raise FrontMatterError(
                number, QT_TRANSLATE_NOOP("errors", "expected 'key: value' inside '{…}'")
            )
        if key in result:
            raise FrontMatterError(number, _twice(key))
        value, position = _flow_value(text, position + 1, number, in_flow=True, depth=depth + 1)
        result[key] = value
        position = _after_flow_item(text, position, "}", number)


def _after_flow_item(text: str, position: int, closer: str, number: int) -> int:
    position = _skip_spaces(text, position)
    if text[position : position + 1] == ",":
        return _skip_spaces(text, position + 1)
    if text[position : position + 1] != closer:
        expected = QT_TRANSLATE_NOOP("errors", "expected ',' or '{closer}'")
        raise FrontMatterError(number, Wording.of("errors", expected, closer=closer))
    return position


_PLAIN_END_IN_FLOW = re.compile(r",|\]|\}|:(?=[\s,\]}]|$)| #")
_PLAIN_END = re.compile(r" #")
_INTEGER = re.compile(r"[-+]?[0-9]+")


def _plain(text: str, position: int, number: int, *, in_flow: bool) -> tuple[Value, int]:
    """A plain (unquoted) word or words, resolved as YAML 1.2's core schema does."""
    if text[position] in "&*!|>%@`" or (
        text[position] in "-?:" and text[position + 1 : position + 2] in ("", " ")
    ):
        raise FrontMatterError(
            number,
            QT_TRANSLATE_NOOP("errors", "Reflect doesn't read this YAML; put the value in quotes"),
        )
    match = (_PLAIN_END_IN_FLOW if in_flow else _PLAIN_END).search(text, position)
    end = match.start() if match else len(text)
    word = text[position:end].strip()
    if not in_flow and ": " in word:
        raise FrontMatterError(
            number, QT_TRANSLATE_NOOP("errors", "a value holding ': ' needs quotes")
        )
    return _resolve(word), end


def _resolve(word: str) -> Value:
    if word in ("", "~", "null", "Null", "NULL"):
        return None
    if word in ("true", "True", "TRUE"):
        return True
    if word in ("false", "False", "FALSE"):
        return False
    if _INTEGER.fullmatch(word) and len(word) <= 20:
        return int(word)
    return word


_DOUBLE_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


_DOUBLE_QUOTED_RUN = re.compile(r'[^"\\]+')
_SINGLE_QUOTED_RUN = re.compile(r"[^']+")


def _quoted(text: str, position: int, number: int) -> tuple[str, int]:
    """A single- or double-quoted string starting at ``text[position]``; its end."""
    quote_char = text[position]
    plain_run = _DOUBLE_QUOTED_RUN if quote_char == '"' else _SINGLE_QUOTED_RUN
    parts: list[str] = []
    index = position + 1
    while index < len(text):
        run = plain_run.match(text, index)
        if run is not None:  # characters that stand for themselves, taken in one go
            parts.append(run.group())
            index = run.end()
            continue
        char = text[index]
        if char == quote_char:
            if quote_char == "'" and text[index + 1 : index + 2] == "'":
                parts.append("'")
                index += 2
                continue
            return "".join(parts), index + 1
        if char == "\\" and quote_char == '"':
            escaped, index = _escape(text, index + 1, number)
            parts.append(escaped)
            continue
        parts.append(char)
        index += 1
    raise FrontMatterError(
        number, QT_TRANSLATE_NOOP("errors", "a quoted value isn't closed on the same line")
    )


def _escape(text: str, index: int, number: int) -> tuple[str, int]:
    code = text[index : index + 1]
    if code in _DOUBLE_ESCAPES:
        return _DOUBLE_ESCAPES[code], index + 1
    if code in _HEX_ESCAPES:
        digits = text[index + 1 : index + 1 + _HEX_ESCAPES[code]]
        if len(digits) == _HEX_ESCAPES[code] and re.fullmatch("[0-9a-fA-F]+", digits):
            codepoint, index = int(digits, 16), index + 1 + len(digits)
            # JSON writes a character beyond U+FFFF as two escaped halves: join them.
            low = text[index : index + 6]
            if 0xD800 <= codepoint < 0xDC00 and re.fullmatch(r"\\u[dD][c-fC-F][0-9a-fA-F]{2}", low):
                pair = (codepoint - 0xD800) * 0x400 + int(low[2:], 16) - 0xDC00
                return chr(0x10000 + pair), index + 6
            if codepoint <= 0x10FFFF:
                return chr(codepoint), index
    raise FrontMatterError(
        number, QT_TRANSLATE_NOOP("errors", "a quoted value has an escape (\\…) YAML doesn't know")
    )
