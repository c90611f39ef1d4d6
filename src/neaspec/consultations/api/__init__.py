"""The consultations API: consultations on texts, their versions and comments
(`consultations`), and surveys, their responses and results (`surveys`). A consultation is
addressed by its id; paragraphs by their number in the latest version; a survey's questions
by their number."""

import neaspec.consultations.api.surveys  # noqa: F401  # its operations join the router
from neaspec.consultations.api.consultations import router

__all__ = ["router"]
