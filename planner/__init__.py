"""Summit Planner: plan, schedule and print summits and ministerial meetings."""

__version__ = "0.1.0"
