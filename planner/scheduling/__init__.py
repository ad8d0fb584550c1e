"""Automatic scheduling: the problem snapshot, a greedy placer and the CP-SAT solver."""
