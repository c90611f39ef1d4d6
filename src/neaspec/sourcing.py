"""Every fact of the reference dataset names where it comes from."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sourced(models.Model):
    source = models.CharField(
        _("source"),
        max_length=500,
        blank=True,
        help_text=_("A seed document or a public URL that states this fact."),
    )

    class Meta:
        abstract = True
