from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import ErrorOut
from neaspec.extraction import services
from neaspec.extraction.models import Extraction

router = Router(tags=["extraction"])


class ConflictOut(Schema):
    field: str
    recorded: str
    proposed: str


class ExtractionOut(Schema):
    id: int
    document: int
    status: str
    record: dict[str, Any]
    conflicts: list[ConflictOut]
    outcome: dict[str, Any]


@router.get(
    "/extractions/{extraction_id}",
    auth=SIGNED_IN,
    response={200: ExtractionOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="A report's extracted proposal for review (Secretariat)",
)
def get_extraction(request: HttpRequest, extraction_id: int) -> ExtractionOut:
    if not request.user.has_perm("extraction.review"):
        raise PermissionDenied
    extraction = get_object_or_404(Extraction, pk=extraction_id)
    return ExtractionOut(
        id=extraction.pk,
        document=extraction.document_id,
        status=extraction.status,
        record=extraction.record,
        outcome=extraction.outcome,
        conflicts=[
            ConflictOut(field=c.field, recorded=str(c.recorded), proposed=str(c.proposed))
            for c in services.extraction_conflicts(extraction=extraction)
        ],
    )
