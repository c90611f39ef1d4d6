"""Sites, species and pollutants by name, in six languages."""

from modeltranslation.translator import register

from neaspec.networks.models import Pollutant, Site, Species
from neaspec.translations.options import Content


@register(Site)
class SiteContent(Content):
    fields = ("name", "description")


@register(Species)
class SpeciesContent(Content):
    fields = ("common_name",)


@register(Pollutant)
class PollutantContent(Content):
    fields = ("name",)
