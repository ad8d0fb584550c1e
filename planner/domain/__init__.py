"""The summit model: plain data, precedence and the scheduling rules (no I/O, no Qt)."""
