"""The decisions list reads like the report: a paragraph recorded sentence by sentence is the
heading of its sentences, not a decision with a status of its own."""

from typing import Any

from django.urls import reverse


def test_a_paragraph_of_sentences_heads_them(client_for: Any, reference: None) -> None:
    page = client_for("public").get(reverse("decisions:list"), {"meeting": "SOM-25"})
    rows = page.content.decode().split("<tbody>")[1].split("</tbody>")[0].split("<tr")
    heading = next(r for r in rows if ">SOM-25, para. 3</a>" in r)
    assert 'class="paragraph-heading"' in heading
    assert "Air pollution" in heading
    assert "Active" not in heading  # a heading decides nothing
    sentence = next(r for r in rows if ">SOM-25, para. 3.4</a>" in r)
    assert "paragraph-heading" not in sentence
    assert "Implemented" in sentence
