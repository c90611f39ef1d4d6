"""The meetings API: meetings as read (`meetings`), and as prepared and run (`preparation`):
created and changed, their agenda, invitations, registrations and the replies to the draft
report. One router: ninja serves a path (/meetings/{key}, read and changed) from one router."""

import neaspec.meetings.api.preparation  # noqa: F401  # its operations join the router
from neaspec.meetings.api.meetings import router

__all__ = ["router"]
