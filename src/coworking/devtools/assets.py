"""Generated assets of a source checkout: compiled forms, the Spanish catalogue and its .qm.

``ui/<stem>.ui`` (Qt Designer, English source strings) compiles with ``pyside6-uic`` into
``src/coworking/gui/forms/ui_<stem>.py``. ``pyside6-lupdate`` collects the translatable strings
of the package's ``.py`` files and of the ``.ui`` sources (not of the generated forms, whose
strings are the .ui's) into ``resources/translations/coworking_es.ts``; ``pyside6-lrelease``
compiles that into ``coworking_es.qm``, which the program loads.

English is the language the strings are written in, so it needs no catalogue, except for
plural forms: ``tr("%n visitor(s)", "", n)`` must read «1 visitor», «2 visitors». lupdate's
``-pluralonly`` keeps just those messages in ``coworking_en.ts``; the forms are written from
the source by :func:`english_plural_forms` («visitor(s)» → «visitor», «visitors») when a
message is new, and can be corrected by hand in the .ts (a finished translation is kept).

Used by ``scripts/build-assets`` and by the tests; developer tooling, not needed at run time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("es",)
SOURCE_PLURALS = "en"
"""The source language: its catalogue holds only the plural messages (see the module's note)."""
IRREGULAR_PLURALS = {"person(s)": ("person", "people")}
FORMS_PACKAGE = Path("src", "coworking", "gui", "forms")
UIC_VERSION_LINE = "## Created by: Qt User Interface Compiler version"
"""The one line of uic's output that names the tool's version; ignored when comparing."""


def repo_root() -> Path:
    """The source checkout this module belongs to (the folder holding ``pyproject.toml``)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "pyproject.toml").is_file() and (folder / "ui").is_dir():
            return folder
    raise FileNotFoundError("No se encuentra la carpeta del código fuente (pyproject.toml, ui/)")


def tool(name: str) -> Path:
    """A PySide6 tool (``pyside6-uic`` …): next to the running Python first (the venv's
    ``bin`` or, on Windows, ``Scripts``), then in the checkout's ``.venv``, then on ``PATH``."""
    suffix = ".exe" if os.name == "nt" else ""
    folders = [Path(sys.executable).parent]
    try:
        venv = repo_root() / ".venv"
        folders += [venv / "bin", venv / "Scripts"]
    except FileNotFoundError:
        pass
    for folder in folders:
        if (folder / f"{name}{suffix}").is_file():
            return folder / f"{name}{suffix}"
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"No se encuentra {name}: instale PySide6 en este entorno")
    return Path(found)


def _run(args: list[str | Path], cwd: Path) -> None:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(args[0]).name} terminó con el código {result.returncode}:\n"
            f"{result.stdout}{result.stderr}"
        )


# --- compiled forms -------------------------------------------------------------------------


@dataclass(frozen=True)
class Form:
    source: Path  # ui/<stem>.ui
    module: Path  # src/coworking/gui/forms/ui_<stem>.py


def forms(root: Path) -> list[Form]:
    return [
        Form(ui, root / FORMS_PACKAGE / f"ui_{ui.stem}.py")
        for ui in sorted((root / "ui").glob("*.ui"))
    ]


def orphan_form_modules(root: Path) -> list[Path]:
    """Generated ``ui_*.py`` modules whose ``.ui`` source is gone."""
    expected = {form.module for form in forms(root)}
    return sorted(p for p in (root / FORMS_PACKAGE).glob("ui_*.py") if p not in expected)


def compile_form(form: Form, out: Path, root: Path) -> None:
    _run([tool("pyside6-uic"), form.source, "-o", out], cwd=root)


def comparable_code(text: str) -> list[str]:
    """Generated code without the line naming uic's version."""
    return [line for line in text.splitlines() if not line.startswith(UIC_VERSION_LINE)]


def same_generated_code(a: Path, b: Path) -> bool:
    if not (a.is_file() and b.is_file()):
        return False
    return comparable_code(a.read_text(encoding="utf-8")) == comparable_code(
        b.read_text(encoding="utf-8")
    )


# --- translations ---------------------------------------------------------------------------


def catalogue(root: Path, language: str) -> Path:
    return root / "resources" / "translations" / f"coworking_{language}.ts"


def compiled_catalogue(root: Path, language: str) -> Path:
    return catalogue(root, language).with_suffix(".qm")


def translation_sources(root: Path) -> list[Path]:
    """Files lupdate reads, relative to ``root``: the package's .py (except the generated
    forms) and the .ui sources. Listed explicitly: lupdate has no exclude option, and when it
    scans a folder it skips .py files unless told their extension."""
    package = root / "src" / "coworking"
    generated = root / FORMS_PACKAGE
    python = [p for p in package.rglob("*.py") if generated not in p.parents]
    found = sorted(python) + [form.source for form in forms(root)]
    return [p.relative_to(root) for p in found]


def update_catalogue(
    root: Path, ts_file: Path, *, plural_only: bool = False, language: str | None = None
) -> None:
    """Merge today's source strings into ``ts_file`` (created if missing), dropping the ones
    no longer in the sources; translations of unchanged strings are kept. ``plural_only``
    keeps only the messages with plural forms (the source language's catalogue)."""
    extra: list[str] = ["-pluralonly"] if plural_only else []
    if language:
        extra += ["-target-language", language]
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        # A list file keeps the command line short (Windows limits it to about 32,000 chars).
        listing.write_text(
            "\n".join(p.as_posix() for p in translation_sources(root)) + "\n", encoding="utf-8"
        )
        _run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "absolute",
                "-no-obsolete",
                *extra,
                f"@{listing}",
                "-ts",
                ts_file,
            ],
            cwd=root,
        )


def release_catalogue(ts_file: Path, qm_file: Path) -> None:
    _run([tool("pyside6-lrelease"), "-silent", ts_file, "-qm", qm_file], cwd=ts_file.parent)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    status: str  # "" when finished, else "unfinished", "vanished", "obsolete" or "empty"

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.status or 'terminada'})"


def messages(ts_file: Path) -> Iterator[Message]:
    """The messages of a .ts file, in file order."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            kind = element.get("type", "") if element is not None else "unfinished"
            plural = element.findall("numerusform") if element is not None else []
            if plural:
                texts = [f.text or "" for f in plural]
                text = "\x1f".join(texts)
                empty = any(not t.strip() for t in texts)
            else:
                text = (element.text or "") if element is not None else ""
                empty = not text.strip()
            status = kind or ("empty" if empty else "")
            yield Message(
                name, message.findtext("source", ""), message.findtext("comment", ""), text, status
            )


def untranslated(ts_file: Path) -> list[Message]:
    """Messages without a finished translation (new, empty, or no longer in the sources)."""
    return [m for m in messages(ts_file) if m.status]


def catalogue_differences(old: Path, new: Path) -> list[str]:
    """How two .ts files differ in their messages, ignoring where in the sources they are."""
    before = {(m.context, m.source, m.comment): m for m in messages(old)}
    after = {(m.context, m.source, m.comment): m for m in messages(new)}
    lines = [f"nuevo texto: {after[k]}" for k in after.keys() - before.keys()]
    lines += [f"texto que ya no existe: {before[k]}" for k in before.keys() - after.keys()]
    lines += [
        f"cambió: {after[k]}"
        for k in before.keys() & after.keys()
        if (before[k].translation, before[k].status) != (after[k].translation, after[k].status)
    ]
    return sorted(lines)


def english_plural_forms(source: str) -> tuple[str, str]:
    """«%n visitor(s)» → («%n visitor», «%n visitors»); «%n person(s)» → («%n person»,
    «%n people»). A source without such a mark reads the same for one and for many
    («%n registered»); one that does not (``%n people``) is corrected by hand in the .ts."""
    one, many = source, source
    for written, (singular, plural) in IRREGULAR_PLURALS.items():
        one, many = one.replace(written, singular), many.replace(written, plural)
    for suffix in ("(es)", "(s)"):
        one, many = one.replace(suffix, ""), many.replace(suffix, suffix[1:-1])
    return one, many


def fill_source_plurals(ts_file: Path) -> int:
    """Give each unfinished plural message of the source-language catalogue the forms
    :func:`english_plural_forms` writes; returns how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        element = message.find("translation")
        if message.get("numerus") != "yes" or element is None:
            continue
        if element.get("type") != "unfinished":
            continue
        forms = english_plural_forms(message.findtext("source", ""))
        for child in list(element):
            element.remove(child)
        element.text = None
        for form in forms:
            ET.SubElement(element, "numerusform").text = form
        element.attrib.pop("type", None)
        filled += 1
    if filled:
        text = ET.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
            encoding="utf-8",
        )
    return filled


def update_source_plurals(root: Path) -> list[Path]:
    """Bring the source language's plural catalogue and its .qm up to date."""
    ts_file = catalogue(root, SOURCE_PLURALS)
    qm_file = compiled_catalogue(root, SOURCE_PLURALS)
    _refresh_source_plurals(root, ts_file)
    release_catalogue(ts_file, qm_file)
    return [ts_file, qm_file]


def _refresh_source_plurals(root: Path, ts_file: Path) -> None:
    update_catalogue(root, ts_file, plural_only=True, language=SOURCE_PLURALS)
    if fill_source_plurals(ts_file):
        update_catalogue(root, ts_file, plural_only=True, language=SOURCE_PLURALS)


# --- everything -----------------------------------------------------------------------------


def build(root: Path) -> list[Path]:
    """Regenerate every asset in place, removing forms whose .ui is gone; returns the files
    written or removed."""
    written = orphan_form_modules(root)
    for orphan in written:
        orphan.unlink()
    for form in forms(root):
        compile_form(form, form.module, root)
        written.append(form.module)
    for language in LANGUAGES:
        ts_file, qm_file = catalogue(root, language), compiled_catalogue(root, language)
        update_catalogue(root, ts_file)
        release_catalogue(ts_file, qm_file)
        written += [ts_file, qm_file]
    written += update_source_plurals(root)
    return written


def out_of_date(root: Path) -> list[str]:
    """What ``build`` would change, one line per file, without writing anything in ``root``.

    Source line numbers recorded in the .ts are not compared: moving code around does not
    make the translations out of date.
    """
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for form in forms(root):
            fresh = tmp / form.module.name
            compile_form(form, fresh, root)
            if not form.module.is_file():
                problems.append(
                    f"{rel(form.module, root)}: falta (generar desde {form.source.name})"
                )
            elif not same_generated_code(fresh, form.module):
                problems.append(f"{rel(form.module, root)}: no corresponde a {form.source.name}")
        problems += [
            f"{rel(p, root)}: no hay ui/{p.stem.removeprefix('ui_')}.ui que lo genere"
            for p in orphan_form_modules(root)
        ]
        for language in LANGUAGES:
            ts_file, qm_file = catalogue(root, language), compiled_catalogue(root, language)
            fresh_ts = tmp / ts_file.name
            if ts_file.is_file():
                shutil.copyfile(ts_file, fresh_ts)
            update_catalogue(root, fresh_ts)
            if not ts_file.is_file():
                problems.append(f"{rel(ts_file, root)}: falta")
            else:
                problems += [
                    f"{rel(ts_file, root)}: {line}"
                    for line in catalogue_differences(ts_file, fresh_ts)
                ]
            fresh_qm = tmp / qm_file.name
            if ts_file.is_file():
                release_catalogue(ts_file, fresh_qm)
                if not qm_file.is_file() or qm_file.read_bytes() != fresh_qm.read_bytes():
                    problems.append(f"{rel(qm_file, root)}: no corresponde a {ts_file.name}")
        problems += _source_plurals_out_of_date(root, tmp)
    return problems


def _source_plurals_out_of_date(root: Path, tmp: Path) -> list[str]:
    ts_file = catalogue(root, SOURCE_PLURALS)
    qm_file = compiled_catalogue(root, SOURCE_PLURALS)
    if not ts_file.is_file():
        return [f"{rel(ts_file, root)}: falta"]
    fresh_ts = tmp / f"fresh-{ts_file.name}"
    shutil.copyfile(ts_file, fresh_ts)
    _refresh_source_plurals(root, fresh_ts)
    problems = [
        f"{rel(ts_file, root)}: {line}" for line in catalogue_differences(ts_file, fresh_ts)
    ]
    fresh_qm = tmp / f"fresh-{qm_file.name}"
    release_catalogue(ts_file, fresh_qm)
    if not qm_file.is_file() or qm_file.read_bytes() != fresh_qm.read_bytes():
        problems.append(f"{rel(qm_file, root)}: no corresponde a {ts_file.name}")
    return problems


def rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
