"""Schema step 4: the programme's order, titles and delegation names added to version-3 files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from planner.domain.model import FormerName, Plan
from planner.storage import SCHEMA_VERSION, PlanStore, open_plan_file
from tests.storage.old_files import (
    memory_plan,
    table_rows,
    without_later_fields,
    write_old_plan_file,
)


def test_a_version_3_file_opens_with_its_plan_intact_and_empty_new_fields(
    tmp_path: Path, cica: Plan
) -> None:
    path = tmp_path / "v3.summit"
    old = without_later_fields(cica)
    write_old_plan_file(path, old, 3)
    assert "session_after" not in table_rows(path)
    db = open_plan_file(path)
    try:
        assert PlanStore(db).load() == old
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    finally:
        db.close()


def test_the_new_fields_are_stored_after_the_upgrade(tmp_path: Path, cica: Plan) -> None:
    path = tmp_path / "v3.summit"
    write_old_plan_file(path, without_later_fields(cica), 3)
    first, second, third = cica.sessions[:3]
    delegation = cica.delegations[1]
    changed = replace(
        cica,
        sessions=(
            replace(first, titles=(("ru", "Первое"),)),
            replace(second, after=(first.id,)),
            replace(third, after=(second.id, first.id)),
            *cica.sessions[3:],
        ),
        delegations=(
            cica.delegations[0],
            replace(
                delegation,
                names=(("ru", "Имя"), ("kk", "Аты")),
                former_names=(FormerName("Old Name", date(2000, 1, 1)),),
            ),
            *cica.delegations[2:],
        ),
    )
    db = open_plan_file(path)
    try:
        store = PlanStore(db)
        with store.transaction():
            store.write_plan(changed)
        assert store.load() == changed
    finally:
        db.close()


def test_deleting_a_session_drops_it_from_the_order_of_others(cica: Plan) -> None:
    assert any("s-som" in s.after for s in cica.sessions)
    store = PlanStore(memory_plan())
    with store.transaction():
        store.write_plan(cica)
    with store.transaction():
        store.db.execute("DELETE FROM session WHERE id = 's-som'")
    assert store.load() == cica.without_sessions({"s-som"})
    assert not any("s-som" in s.after for s in store.load().sessions)
