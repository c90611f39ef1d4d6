"""Operative verbs as readers see them: a translated word for each verb a report uses.

Reports quote the verb as written ("requested", "noting"); pages show it in the reader's
language. A verb not listed here is shown as written.
"""

from django.utils.translation import gettext_lazy as _

VERB_LABELS = {
    "adopted": _("adopted"),
    "agreed": _("agreed"),
    "appreciated": _("appreciated"),
    "approved": _("approved"),
    "commended": _("commended"),
    "considering": _("considering"),
    "emphasized": _("emphasized"),
    "encouraged": _("encouraged"),
    "endorsing": _("endorsing"),
    "endorsed": _("endorsed"),
    "expressed": _("expressed"),
    "highlighted": _("highlighted"),
    "highlighting": _("highlighting"),
    "launched": _("launched"),
    "noted": _("noted"),
    "noting": _("noting"),
    "reaffirmed": _("reaffirmed"),
    "recalled": _("recalled"),
    "recognizing": _("recognizing"),
    "recommended": _("recommended"),
    "reiterated": _("reiterated"),
    "requested": _("requested"),
    "stressed": _("stressed"),
    "stressing": _("stressing"),
    "supported": _("supported"),
    "underlined": _("underlined"),
    "was briefed": _("was briefed"),
    "was informed": _("was informed"),
    "welcomed": _("welcomed"),
}


def verb_labels(verbs: list[str]) -> list[str]:
    return [str(VERB_LABELS.get(v.lower(), v)) for v in verbs]
