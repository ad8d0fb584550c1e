"""The timetable, the delegation view, the unplaced list and the conflicts panel."""
