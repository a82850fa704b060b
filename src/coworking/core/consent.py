"""The consent text people read before registering, and a printable PDF of it."""

from __future__ import annotations

import re
from pathlib import Path

from coworking import paths
from coworking.core.errors import UserError
from coworking.core.people import CONSENT_VERSION


def consent_text(site: str, responsible: str, contact: str, version: str = CONSENT_VERSION) -> str:
    """The Markdown text of ``version`` with the site's details filled in."""
    source = paths.resource("consent", f"consentimiento-{version}.md")
    if not source.is_file():
        raise UserError(f"No existe el texto de consentimiento versión {version}.")
    text = source.read_text(encoding="utf-8")
    return (
        text.replace("{sitio}", site)
        .replace("{responsable}", responsible)
        .replace("{contacto}", contact)
    )


def _inline(markdown: str) -> str:
    escaped = markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)


_ITEM = re.compile(r"^(- |\d+\. )")


def _blocks(markdown: str) -> list[tuple[str, str]]:
    """The few Markdown forms the consent text uses: title, headings, paragraphs (lines joined),
    lists (items with their continuation lines, one item per line of the result), a rule."""
    blocks: list[tuple[str, str]] = []
    for chunk in re.split(r"\n\s*\n", markdown.strip()):
        lines = [line.rstrip() for line in chunk.splitlines()]
        first = lines[0].strip()
        if first.startswith("# "):
            blocks.append(("title", first[2:]))
        elif first.startswith("## "):
            blocks.append(("heading", first[3:]))
        elif first == "---":
            blocks.append(("rule", ""))
        elif _ITEM.match(first):
            items: list[str] = []
            for line in lines:
                if _ITEM.match(line.strip()):
                    items.append(_ITEM.sub("", line.strip()))
                else:
                    items[-1] += " " + line.strip()
            blocks.append(("list", "\n".join(items)))
        else:
            blocks.append(("text", " ".join(line.strip() for line in lines)))
    return blocks


def consent_pdf(
    target: Path, site: str, responsible: str, contact: str, version: str = CONSENT_VERSION
) -> Path:
    """An A4 PDF of the consent text, with room for date and signature, to print and sign."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize, body.leading = 10.5, 14
    story: list = []
    for kind, text in _blocks(consent_text(site, responsible, contact, version)):
        if kind == "title":
            story.append(Paragraph(_inline(text), styles["Title"]))
        elif kind == "heading":
            story.append(Paragraph(_inline(text), styles["Heading2"]))
        elif kind == "rule":
            story.append(Spacer(1, 10 * mm))
        elif kind == "list":
            items = [Paragraph(_inline(item), body) for item in text.split("\n")]
            story.append(ListFlowable(items, bulletType="bullet", leftIndent=12))
        else:
            story.append(Paragraph(_inline(text), body))
    document = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Consentimiento {version}",
        author=responsible,
    )
    document.build(story)
    return Path(target)
