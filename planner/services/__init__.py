"""Use cases over the core: each one transaction, each reporting what changed."""

from planner.domain.edits import Changes
from planner.files import read_input, write_atomically
from planner.services.plans import (
    Applied,
    External,
    ImportReport,
    PlanService,
    create_demo,
    import_document,
    load_document,
    sample_plan,
    validate,
)

__all__ = [
    "Applied",
    "Changes",
    "External",
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
