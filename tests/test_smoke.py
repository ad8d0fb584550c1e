from planner.domain.model import Plan


def test_sample_plan_has_the_cica_member_states(cica: Plan) -> None:
    assert cica.event.city == "Nur-Sultan"
    assert sum(1 for d in cica.delegations if d.kind in ("host", "member_state")) == 27
