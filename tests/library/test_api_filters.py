"""The library API reads a meeting's label once, as the pages do: "SOM-25" filters the
documents to that meeting's, and a label no meeting has is refused in the pages' words."""

from django.test import Client

from neaspec.meetings.models import Meeting
from tests.factories import library_document


def test_documents_of_a_meeting_by_its_label_and_an_unknown_label_refused(
    client: Client, reference: None
) -> None:
    som25 = Meeting.objects.get(key="som-25")
    library_document("Report of the meeting", "Tumen River", meeting=som25)
    library_document("A study elsewhere", "Tumen River")
    for path in ("/api/documents", "/api/documents/search?q=tumen"):
        joiner = "&" if "?" in path else "?"
        answer = client.get(f"{path}{joiner}meeting=SOM-25")
        assert answer.status_code == 200
        titles = [d["title"] for d in answer.json()["items"]]
        assert "Report of the meeting" in titles
        assert "A study elsewhere" not in titles
        refused = client.get(f"{path}{joiner}meeting=SOM-99")
        assert refused.status_code == 422
        assert "SOM-99" in refused.json()["error"]["message"] + str(
            refused.json()["error"]["fields"]
        )
