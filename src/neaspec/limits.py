"""How long free text may be, defined once for the pages' forms and the API's schemas."""

NOTE = 4_000  # a progress note, an outcome, a comment
SHEET_TEXT = 10_000  # one section of a site sheet
SHORT = 500  # a reason, a source, a note on a position
