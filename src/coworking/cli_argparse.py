"""argparse in the command's language: its headings, its help line and its error messages.

Python's argparse writes its words through the module globals ``argparse._`` and
``argparse.ngettext`` (gettext), looked up each time a text is made. It has no parameter for a
translation, and replacing the methods that make those texts would copy a dozen methods of
the standard library. So :class:`LocalizedParser` lends argparse the command's catalogue only
while one of its own methods runs (building the parser, parsing, writing help or an error)
and puts the original functions back when that method returns or exits: nothing outside the
command's parser sees Spanish, and the command parses on one thread before doing anything.

The messages listed in ``ARGPARSE_MESSAGES`` are collected by lupdate into the Spanish
catalogue (context ``argparse``), where they are translated with the program's other strings.
Those of Python 3.11 to 3.13 that a user can meet are listed; argparse's messages for
programming mistakes (conflicting options…) stay in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP

from coworking import cli_i18n

ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", 'argument "-" with mode %r'),
)


@contextmanager
def speaking(catalogue: cli_i18n.Catalogue) -> Iterator[None]:
    """argparse's ``_`` and ``ngettext`` are ``catalogue``'s inside the block, and what they
    were before after it (also when the block exits with SystemExit)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class LocalizedParser(argparse.ArgumentParser):
    """An ArgumentParser that writes argparse's words in the command's language (the
    language chosen with :func:`coworking.cli_i18n.use_language` before it is built).
    Subparsers are of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._catalogue = cli_i18n.catalogue()
        with speaking(self._catalogue):
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        with speaking(self._catalogue):
            return super().add_subparsers(**kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with speaking(self._catalogue):
            return super().parse_known_args(args, namespace)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with speaking(self._catalogue):
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with speaking(self._catalogue):
            return super().format_usage()

    def format_help(self) -> str:
        with speaking(self._catalogue):
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with speaking(self._catalogue):
            super().error(message)
