"""Writers of what officers hand to others (Qt-free): calendars, reports, spreadsheets."""
