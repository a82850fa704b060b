"""Several co-working sites in one database, each with its own hours and resources."""

from __future__ import annotations

from datetime import date, time

import pytest

from coworking.core import sites
from coworking.core.errors import UserError
from coworking.db.enums import ResourceKind


def test_a_second_site_gets_the_usual_hours_and_keeps_its_own_resources(database, admin):
    with database.unit_of_work(admin) as session:
        second = sites.save_site(session, admin, "  Coworking   Tarqui ", "1308", "Av. 24")
        sites.save_resource(
            session, admin, second.id, sites.ResourceInput(ResourceKind.DESK, "Escritorio 1")
        )
        sites.set_weekly_hours(session, admin, second.id, {5: None})
        first = sites.sites(session)[0]
        second_id, first_id = second.id, first.id
    with database.sessions() as session:
        assert sites.get_site(session, second_id).name == "Coworking Tarqui"
        assert [r.name for r in sites.resources(session, second_id)] == ["Escritorio 1"]
        assert sites.resources(session, first_id) == []
        saturday = date(2026, 12, 5)
        assert sites.day_hours(session, first_id, saturday).opens == time(9)
        assert not sites.day_hours(session, second_id, saturday).is_open
    with pytest.raises(UserError, match="Ya existe"), database.unit_of_work(admin) as session:
        sites.save_site(session, admin, "Coworking Tarqui", "1308")
    with pytest.raises(UserError, match="cantón"), database.unit_of_work(admin) as session:
        sites.save_site(session, admin, "Otro", "9999")
