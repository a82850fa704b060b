"""The language of the ``coworking`` command: Spanish by default, English with ``--lang en``.

The command's help texts are written in English, as ``translate("CommandLine", "…")`` (or
``QT_TRANSLATE_NOOP`` where the text is kept for later), so that ``pyside6-lupdate`` collects
them into ``resources/translations/coworking_es.ts`` with the rest of the program's strings;
Spanish comes from the compiled ``coworking_es.qm``, read here with a bare ``QTranslator`` (the
command has no Qt application). argparse's own words (``usage:``, ``options``, its error
messages) are in the same catalogue, context ``argparse`` (see :mod:`coworking.cli_argparse`).

``--lang`` is read before the parser is built (anywhere on the line, before ``--``), so it
works before or after the subcommand. The station's interface preference (set in the desktop
program) is deliberately not used: the command line runs in scripts, and what a script reads
must not change because somebody changed a setting on that computer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTranslator

from coworking import paths

DEFAULT_LANGUAGE = "es"
LANGUAGES = ("es", "en")
SOURCE_LANGUAGE = "en"  # the language the strings are written in


class Catalogue:
    """The translations of one language; English (the source language) needs none."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self._translator: QTranslator | None = None
        if self.language != SOURCE_LANGUAGE:
            translator = QTranslator()
            path = paths.resource("translations", f"coworking_{self.language}.qm")
            if path.is_file() and translator.load(str(path)):
                self._translator = translator

    def text(self, context: str, source: str) -> str:
        if self._translator is None or not source:
            return source
        return self._translator.translate(context, source) or source

    def gettext(self, message: str) -> str:
        """argparse's ``_()``."""
        return self.text("argparse", message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """argparse's ``ngettext()``: both forms are in the catalogue as plain messages; the
        languages offered use the singular for exactly one."""
        return self.gettext(singular if count == 1 else plural)


_current = [Catalogue(DEFAULT_LANGUAGE)]


def use_language(language: str) -> Catalogue:
    """Speak ``language`` from now on (``es`` or ``en``; anything else is Spanish)."""
    _current[0] = Catalogue(language)
    return _current[0]


def catalogue() -> Catalogue:
    return _current[0]


def translate(context: str, source: str) -> str:
    """``source`` (English, a literal that lupdate collects) in the command's language."""
    return _current[0].text(context, source)


def localized(context: str, source: str) -> str:
    """The same for a text held in a variable (marked elsewhere with QT_TRANSLATE_NOOP)."""
    return _current[0].text(context, source)


def language_from(argv: Sequence[str]) -> str:
    """The ``--lang`` of a command line (the last one given), else Spanish."""
    language = DEFAULT_LANGUAGE
    tokens = list(argv)
    for index, token in enumerate(tokens):
        if token == "--":
            break
        if token == "--lang" and index + 1 < len(tokens):
            language = tokens[index + 1]
        elif token.startswith("--lang="):
            language = token.partition("=")[2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE
