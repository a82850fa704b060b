"""The areas of the main window, in navigation order (Ctrl+1 ... Ctrl+8), each with the roles
that may use it: the same permission sets of :mod:`coworking.core.accounts` that the area's
services check, so the navigation never offers what the core would refuse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coworking.core import accounts
from coworking.db.enums import Role

if TYPE_CHECKING:
    from coworking.db.models import StaffUser


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    title: str
    roles: frozenset[Role] = accounts.ALL_STAFF

    def allows(self, user: StaffUser | None) -> bool:
        """Whether ``user`` (active, with one of :attr:`roles`) may open this area."""
        return accounts.can(user, self.roles)


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
        PageSpec(
            REPORTS,
            "chart",
            QCoreApplication.translate("Navigation", "Reports"),
            accounts.REPORTS,  # reports.attendance_report
        ),
        PageSpec(
            SYNC,
            "sync",
            QCoreApplication.translate("Navigation", "Synchronization"),
            accounts.REPORTS,  # exports.export_batch
        ),
        PageSpec(
            ADMINISTRATION,
            "shield",
            QCoreApplication.translate("Navigation", "Administration"),
            accounts.ADMINISTRATION,  # accounts.list_users, settings
        ),
    ]


def refusal_text(spec: PageSpec) -> str:
    """Why this area does not open for the signed-in role, in the interface language."""
    if spec.roles == accounts.ADMINISTRATION:
        return QCoreApplication.translate("Navigation", "Only administrators can open this area.")
    if spec.roles == accounts.REPORTS:
        return QCoreApplication.translate(
            "Navigation", "Only coordinators and administrators can open this area."
        )
    return QCoreApplication.translate("Navigation", "Your role cannot open this area.")
