"""The areas of the main window, in navigation order (Ctrl+1 ... Ctrl+8)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    title: str
    admin_only: bool = False


HOME, PEOPLE, COWORKING, JOB_FAIRS, BADGES, REPORTS, SYNC, ADMINISTRATION = (
    "home",
    "people",
    "coworking",
    "job_fairs",
    "badges",
    "reports",
    "sync",
    "administration",
)


def page_specs() -> list[PageSpec]:
    """The navigation entries, titled in the interface language."""

    return [
        PageSpec(HOME, "home", QCoreApplication.translate("Navigation", "Home")),
        PageSpec(PEOPLE, "people", QCoreApplication.translate("Navigation", "People")),
        PageSpec(COWORKING, "desk", QCoreApplication.translate("Navigation", "Coworking")),
        PageSpec(JOB_FAIRS, "briefcase", QCoreApplication.translate("Navigation", "Job fairs")),
        PageSpec(BADGES, "badge", QCoreApplication.translate("Navigation", "Badges")),
        PageSpec(REPORTS, "chart", QCoreApplication.translate("Navigation", "Reports")),
        PageSpec(SYNC, "sync", QCoreApplication.translate("Navigation", "Synchronization")),
        PageSpec(
            ADMINISTRATION,
            "shield",
            QCoreApplication.translate("Navigation", "Administration"),
            admin_only=True,
        ),
    ]
