"""A write that lost a race: someone else changed the record first (confirmed the proposal,
validated the sheet, approved the value). Nothing was changed; the API answers 409 Conflict and
pages say what happened, so the second person reloads instead of seeing an error page."""

from django.core.exceptions import ValidationError


class ConflictError(ValidationError):
    """Raised by a service, under the row lock, when the record is no longer in the state the
    write expects."""


# The code of a refusal because the record exists already (a model's unique constraint): the
# API answers it 409, like a lost race, and says in words what is there.
DUPLICATE = "duplicate"
DUPLICATE_CODES = frozenset({DUPLICATE, "unique", "unique_together"})


def is_duplicate(error: ValidationError) -> bool:
    """Whether every reason of `error` is a record that exists already."""
    codes = (
        {e.code for e in error.error_list}
        if not hasattr(error, "error_dict")
        else {e.code for errors in error.error_dict.values() for e in errors}
    )
    return bool(codes) and codes <= DUPLICATE_CODES
