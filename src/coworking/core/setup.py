"""First run: the site this installation serves and its first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coworking.core import accounts, audit, reference, settings
from coworking.core.errors import UserError
from coworking.db.enums import Role
from coworking.db.models import Site, StaffUser


@dataclass(frozen=True)
class FirstRun:
    site_name: str
    canton_code: str
    admin_username: str
    admin_full_name: str
    admin_password: str


def needs_setup(session: Session) -> bool:
    return current_site(session) is None or not accounts.has_users(session)


def current_site(session: Session) -> Site | None:
    site_id = settings.get(session, settings.CURRENT_SITE_ID)
    if site_id is not None:
        site = session.get(Site, int(site_id))
        if site is not None:
            return site
    return session.scalar(select(Site).order_by(Site.id).limit(1))


def validate(data: FirstRun) -> dict[str, str]:
    """Problems by field name, in Spanish; empty when the data can be saved."""
    problems: dict[str, str] = {}
    if not data.site_name.strip():
        problems["site_name"] = "Escriba el nombre del espacio."
    if reference.canton(data.canton_code) is None:
        problems["canton_code"] = "Elija un cantón de la lista."
    if not data.admin_username.strip():
        problems["admin_username"] = "Escriba un nombre de usuario."
    if not data.admin_full_name.strip():
        problems["admin_full_name"] = "Escriba el nombre completo."
    try:
        accounts.validate_new_password(data.admin_password)
    except UserError as error:
        problems["admin_password"] = str(error)
    return problems


def run_first_setup(session: Session, data: FirstRun) -> tuple[Site, StaffUser]:
    """Create the site and the first administrator. Refused once an account exists."""
    if accounts.has_users(session):
        raise UserError("El programa ya está configurado: ya existe una cuenta de administrador.")
    problems = validate(data)
    if problems:
        raise UserError(" ".join(problems.values()))
    audit.act_as(session, None)
    admin = accounts.create_user(
        session, None, data.admin_username, data.admin_full_name, Role.ADMIN, data.admin_password
    )
    audit.act_as(session, admin)
    site = current_site(session)
    if site is None:
        site = Site(name=data.site_name.strip(), canton_code=data.canton_code.strip())
        session.add(site)
        session.flush()
    from coworking.core.sites import ensure_default_hours  # only at first run: light start

    ensure_default_hours(session, site)
    settings.put(session, settings.CURRENT_SITE_ID, str(site.id))
    return site, admin
