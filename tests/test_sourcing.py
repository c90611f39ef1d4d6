"""Sources are shown as what they are, never as file names."""

import re

import pytest
from django.urls import reverse

from neaspec.decisions.models import FollowUp
from neaspec.sourcing import cite

SEED_NAME = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("004_728fd36ad8607881.txt §6", ["Report of SOM-25 (2022), para. 6"]),
        ("004_728fd36ad8607881.txt §41, §43", ["Report of SOM-25 (2022), paras 41, 43"]),
        (
            "000_b398a21910fd99da.txt, Table 2 (IUCN Red List)",
            ["NEASPEC Strategic Plan 2021-2025, Table 2 (IUCN Red List)"],
        ),
        (
            "001_fc472411a970370f.txt §5, 004_728fd36ad8607881.txt §47",
            ["Report of SOM-22 (2018), para. 5", "Report of SOM-25 (2022), para. 47"],
        ),
        (
            "https://neaspec.org/index.php/node/433",
            ["NEASPEC website: NEACAP institutional arrangements"],
        ),
        ("https://example.org/page", ["example.org"]),  # unknown pages show their site
    ],
)
def test_a_source_reads_as_its_title_and_passage(source, shown):
    assert [str(c) for c in cite(source)] == shown


def test_public_pages_link_public_sources_and_never_show_file_names(client_for, reference):
    client = client_for("public")
    pages = [
        reverse("networks:site", args=["gochang-wetland"]),
        reverse("programme:indicator", args=["pm25-annual-mean"]),
        reverse("meetings:detail", args=["som-26"]),
        reverse("finance:contributions"),
        reverse("decisions:tracker") + "?status=all",
        *(reverse("decisions:follow_up", args=[f.pk]) for f in FollowUp.objects.all()),
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert not SEED_NAME.search(html), url
    som26 = client.get(reverse("meetings:detail", args=["som-26"])).content.decode()
    assert 'rel="external">Ministry of Foreign Affairs of the Republic of Korea' in som26
