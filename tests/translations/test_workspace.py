"""The translator's workspace: on the home page, in each of their languages, how many fields of
each kind of record they may read are not translated or out of date, each count a link to the
translation page showing those rows; the same counts in what is due for them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from neaspec.decisions.models import Decision
from neaspec.translations import selectors
from neaspec.workspace import Row, due_for
from tests.factories import draft_decision
from tests.test_home import _panels

TODAY = datetime.date(2026, 12, 7)
DECISIONS = "decisions.decision"


def _som25(paragraph: str, sentence: int | None = None) -> Decision:
    return Decision.objects.get(meeting__key="som-25", paragraph=paragraph, sentence=sentence)


@pytest.fixture
def waiting(reference: None) -> dict[str, Decision]:
    """Two adopted decisions not in Japanese, one whose English changed after its Japanese was
    made, and a draft (which a translator may not read) with no Japanese either."""
    missing = [_som25("7", 2), _som25("3", 5)]
    Decision.objects.filter(pk__in=[d.pk for d in missing]).update(summary_ja=None)
    changed = _som25("6", 1)
    changed.summary = f"{changed.summary} (as amended)"
    changed.save()
    draft = draft_decision("A draft on haze monitoring.")
    return {"missing": missing[0], "changed": changed, "draft": draft}


def _language_page(client, state: str) -> str:
    url = reverse("translations:language", args=["ja"])
    return client.get(url, {"kind": DECISIONS, "state": state}).content.decode()


def test_the_translator_sees_what_waits_in_their_language_by_kind(waiting, client_for):
    client = client_for("translator_ja")
    panel = _panels(client.get(reverse("home")).content.decode())["translations-ja"]
    assert 'To translate into <span lang="ja">日本語</span>' in panel
    # The draft is not theirs to read: 2 adopted decisions, not 3.
    missing = f"/translations/ja/?kind={DECISIONS}&amp;state=missing"
    outdated = f"/translations/ja/?kind={DECISIONS}&amp;state=outdated"
    assert (
        f'<li>Decisions: <a href="{missing}">2 not translated</a>, '
        f'<a href="{outdated}">1 out of date</a></li>'
    ) in panel
    # Only what waits: the meetings, all in Japanese, are not listed.
    assert "Meetings" not in panel
    assert "Everything you may read" not in panel
    # Each count leads to those rows and no others.
    page = _language_page(client, "missing")
    assert page.count('class="translation-row state-missing"') == 2
    assert waiting["missing"].summary in page
    assert "haze monitoring" not in page
    page = _language_page(client, "outdated")
    assert page.count('class="translation-row state-outdated"') == 1
    assert "(as amended)" in page


def test_with_the_reference_data_nothing_waits_and_the_panel_says_so(reference, client_for):
    panel = _panels(client_for("translator_ja").get(reverse("home")).content.decode())
    assert "Everything you may read is translated into" in panel["translations-ja"]
    assert "0 not translated" not in panel["translations-ja"]
    assert 'href="/translations/ja/"' in panel["translations-ja"]


def test_only_translators_have_the_panel(reference, client_for):
    for role in ("public", "focal_point_mn", "committee_member", "partner"):
        html = client_for(role).get(reverse("home")).content.decode()
        assert "panel-translations-" not in html, role


def test_the_secretariat_counts_the_drafts_a_translator_may_not_read(waiting, users):
    def decisions(actor):
        found = selectors.tally(["ja"], actor=actor)["ja"]
        return next(w for w in found if w.kind == DECISIONS)

    assert (decisions(users["translator_ja"]).missing, decisions(users["secretariat"]).missing) == (
        2,
        3,
    )


def test_the_counts_agree_with_the_rows_of_the_translation_page(waiting, users):
    """`tally` counts in the database what `rows` works out record by record."""
    translator = users["translator_ja"]
    for language in ("ja", "ru"):
        rows = list(selectors.rows(language, actor=translator))
        counted = selectors.counts([language], actor=translator)[language]
        assert counted == {s: sum(1 for r in rows if r.state == s) for s in selectors.STATES}
    assert selectors.counts(["ja"], actor=translator)["ja"]["missing"] == 2


def test_what_is_due_for_the_translator_links_each_count(waiting, users):
    assert due_for(users["translator_ja"], TODAY) == [
        (
            "Waiting for translation",
            [
                Row(
                    "Decisions: 2 not translated",
                    f"/translations/ja/?kind={DECISIONS}&state=missing",
                    "日本語",
                ),
                Row(
                    "Decisions: 1 out of date",
                    f"/translations/ja/?kind={DECISIONS}&state=outdated",
                    "日本語",
                ),
            ],
        )
    ]


def test_nothing_is_due_for_a_translator_with_nothing_waiting(reference, users):
    assert due_for(users["translator_ja"], timezone.localdate()) == []


def test_the_translators_home_costs_the_same_whatever_waits(
    waiting, client_for, django_assert_max_num_queries
):
    client = client_for("translator_ja")
    # The public panels, and one query for every kind and language of the translator's.
    with django_assert_max_num_queries(24):
        assert client.get(reverse("home")).status_code == 200
