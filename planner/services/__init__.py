"""Use cases over the core: each one transaction, each reporting what changed."""

from planner.files import read_input, write_atomically
from planner.services.plans import (
    Changes,
    ImportReport,
    PlanService,
    create_demo,
    import_document,
    load_document,
    sample_plan,
    validate,
)

__all__ = [
    "Changes",
    "ImportReport",
    "PlanService",
    "create_demo",
    "import_document",
    "load_document",
    "read_input",
    "sample_plan",
    "validate",
    "write_atomically",
]
