"""Table models over the plan's lists, their sort/filter proxy and the list page."""

from planner.gui.models.base import Column, ItemRole, PlanTableModel
from planner.gui.models.event import EventModel
from planner.gui.models.page import ChoiceDelegate, FilterProxy, ListPage
from planner.gui.models.tables import (
    DelegationModel,
    PeopleModel,
    RequestModel,
    SessionModel,
    VenueModel,
)

__all__ = [
    "ChoiceDelegate",
    "Column",
    "DelegationModel",
    "EventModel",
    "FilterProxy",
    "ItemRole",
    "ListPage",
    "PeopleModel",
    "PlanTableModel",
    "RequestModel",
    "SessionModel",
    "VenueModel",
]
