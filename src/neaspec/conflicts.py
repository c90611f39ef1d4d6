"""A write that lost a race: someone else changed the record first (confirmed the proposal,
validated the sheet, approved the value). Nothing was changed; the API answers 409 Conflict and
pages say what happened, so the second person reloads instead of seeing an error page."""

from django.core.exceptions import ValidationError


class ConflictError(ValidationError):
    """Raised by a service, under the row lock, when the record is no longer in the state the
    write expects."""
