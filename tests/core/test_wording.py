"""Texts the core makes for people: English for the CLI, marked templates for the window.

Every ``JournalError`` is an English sentence (``str``) made from a template marked with
``QT_TRANSLATE_NOOP("errors", …)`` and named values; the window translates the template.
These tests hold every error class in ``reflect.core`` to that, and read the core's source
to check that no text reaches an error without being marked (lupdate only extracts what is
written as a literal inside the marker).
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import string
import typing
from datetime import date
from pathlib import Path

import pytest

import reflect.core
from reflect.core.errors import JournalError, ShareNotFound, as_detail, detail
from reflect.core.importing import ImportProblem
from reflect.core.reading_time import Timing, describe
from reflect.core.redaction_dates import _spoken, date_words, number_words
from reflect.core.wording import QT_TRANSLATE_NOOP, Day, Number, Wording, counted

CORE = Path(reflect.core.__file__).parent
# Calls whose text arguments become (part of) an error's sentence.
_PIECES = {"detail", "as_detail", "UnfitEntry", "FrontMatterError"}


def _core_modules() -> list[str]:
    return [
        module.name
        for module in pkgutil.walk_packages([str(CORE)], "reflect.core.")
        if not module.ispkg
    ]


def _error_classes() -> list[type[JournalError]]:
    for name in _core_modules():
        importlib.import_module(name)
    found: list[type[JournalError]] = []
    waiting: list[type[JournalError]] = [JournalError]
    while waiting:
        kind = waiting.pop()
        found.append(kind)
        waiting += kind.__subclasses__()
    return sorted(
        {kind for kind in found if kind.__module__.startswith("reflect.core.")},
        key=lambda kind: kind.__qualname__,
    )


@functools.cache
def _marked(context: str) -> frozenset[str]:
    """Every text marked ``QT_TRANSLATE_NOOP(context, "…")`` in the core's source."""
    texts = set()
    for node in _calls():
        if _name(node) == "QT_TRANSLATE_NOOP" and _literal(node.args[0]) == context:
            text = _literal(node.args[1])
            assert text is not None
            texts.add(text)
    return frozenset(texts)


@functools.cache
def _calls() -> tuple[ast.Call, ...]:
    calls = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        calls += [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    return tuple(calls)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


_SAMPLES: dict[object, object] = {
    Path: Path("/home/someone/journal/reflect.key"),
    int: 12,
    str: "Group night",
    str | int: "Group night",
    str | Wording: detail(QT_TRANSLATE_NOOP("errors", "it has been cut short")),
    Wording: detail(QT_TRANSLATE_NOOP("errors", "it has been cut short")),
    int | None: 7,
}


def _made_with_samples(kind: type[JournalError]) -> JournalError | None:
    """``kind`` made with a sample for each parameter; ``None`` for the classes that take a
    template of their own (``InvalidInput("…")``: checked in the source instead)."""
    signature = inspect.signature(kind.__init__)
    if any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values()):
        return None
    hints = typing.get_type_hints(kind.__init__)
    arguments = [_SAMPLES[hints[name]] for name in list(signature.parameters)[1:]]
    make: typing.Callable[..., JournalError] = kind  # each class has its own parameters
    return make(*arguments)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("kind", _error_classes(), ids=lambda kind: kind.__qualname__)
def test_every_error_is_its_marked_template_filled_in(kind: type[JournalError]) -> None:
    error = _made_with_samples(kind)
    if error is None:
        assert kind.__init__ is JournalError.__init__  # a template is given where raised
        return
    values = {name: str(value) for name, value in error.values.items()}
    assert str(error) == error.template.format_map(values)
    assert error.template in _marked("errors")
    assert _fields(error.template) == set(error.values)


def test_a_share_not_found_by_name_or_number_has_a_template_each() -> None:
    by_name, by_number = ShareNotFound("Tuesday group"), ShareNotFound(4)
    assert str(by_name) == "There's no share called “Tuesday group” in this journal."
    assert str(by_number) == "There's no share number 4 in this journal."
    assert by_name.template != by_number.template
    assert by_number.values == {"number": "4"}


def test_an_import_problem_nests_its_reason_as_a_wording_of_its_own() -> None:
    reason = detail(QT_TRANSLATE_NOOP("errors", "it isn't valid JSON ({why})."), why="oops")
    problem = ImportProblem(Path("/data/export.json"), reason, 3)
    assert str(problem) == (
        "Reflect can't import /data/export.json, line 3: it isn't valid JSON (oops). "
        "Nothing was imported."
    )
    assert problem.values["reason"] == reason
    assert problem.values["line"] == "3"
    assert problem.template in _marked("errors") and reason.template in _marked("errors")


def test_a_text_given_alone_is_its_own_template_and_keeps_its_braces() -> None:
    made_elsewhere = JournalError("Se detuvo la búsqueda {sin campos}.")
    assert str(made_elsewhere) == "Se detuvo la búsqueda {sin campos}."
    assert made_elsewhere.template == str(made_elsewhere) and not made_elsewhere.values
    assert as_detail("the key '{' is odd").template == "the key '{' is odd"


def test_no_text_reaches_an_error_unmarked() -> None:
    errors = {kind.__name__ for kind in _error_classes()} | _PIECES
    unmarked = [
        f"{_name(call)}: {ast.unparse(argument)}"
        for call in _calls()
        if _name(call) in errors
        for argument in [*call.args, *(keyword.value for keyword in call.keywords)]
        if _literal(argument) is not None or _words_in_f_string(argument)
    ]
    assert unmarked == []


def _words_in_f_string(node: ast.expr) -> bool:
    """An f-string with words of its own (not only a value's format, like a date's)."""
    return isinstance(node, ast.JoinedStr) and any(
        isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
        for part in node.values
    )


def test_every_marker_is_two_literals() -> None:
    markers = [call for call in _calls() if _name(call) == "QT_TRANSLATE_NOOP"]
    assert len(markers) > 150  # errors, progress, insights, reading time, redaction…
    unreadable = [
        ast.unparse(call)
        for call in markers
        if len(call.args) != 2 or None in {_literal(argument) for argument in call.args}
    ]
    assert unreadable == []


def test_english_wording_of_days_numbers_and_counts() -> None:
    assert str(Day(date(2026, 9, 1))) == "1 September 2026"
    assert str(Day(date(2026, 9, 1), month_only=True)) == "September 2026"
    assert str(Number(1204)) == "1,204"
    one, other = "{count} entry", "{count} entries"
    assert str(counted(1, one, other, "insights")) == "1 entry"
    assert str(counted(1204, one, other, "insights")) == "1,204 entries"


def test_wordings_compare_by_what_they_say() -> None:
    first = Wording.of("errors", "entry {number} {reason}", number=3, reason=Wording("errors", "x"))
    again = Wording.of(
        "errors", "entry {number} {reason}", number="3", reason=Wording("errors", "x")
    )
    assert first == again and hash(first) == hash(again)
    assert str(first) == "entry 3 x"
    with pytest.raises(TypeError):
        first.values["number"] = "4"  # type: ignore[index]


def test_composed_sentences_stay_the_english_they_were() -> None:
    timing = Timing(words=600, seconds=250, slot_seconds=300)
    assert describe(timing) == "About 4 min 10 s to read aloud — 50 s under your 5 minutes."
    assert str(date_words(date(2024, 6, 12), date(2024, 3, 12))) == "about three months in"
    spoken = [str(date_words(date(2024, 3, 14), date(2024, 3, 12))), describe(Timing(0, 0, 60))]
    assert spoken == ["in the first few days", "Nothing to read aloud yet — you have 1 minute."]


def test_counts_in_a_date_said_gently_are_spelled_as_before() -> None:
    spelled = [str(_spoken(number)) for number in range(1, 130)]
    assert spelled == [number_words(number) for number in range(1, 130)]
    assert str(date_words(date(2026, 4, 14), date(2024, 3, 12))) == "about two years in"
