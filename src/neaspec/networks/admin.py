from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.networks.models import (
    City,
    ExpertNomination,
    ForumParticipation,
    Inscription,
    NationalProgramme,
    NetworkCount,
    NominationStep,
    PeerReview,
    Pollutant,
    Recommendation,
    RotationRule,
    Site,
    SiteSheet,
    Species,
    WorkPlanCategory,
)

# Read only: sites, their sheets and nomination steps, and expert nominations, written on the
# site's pages (networks.services), which check the steps' order and who may take them.
# Editable: what no service writes — inscriptions, counts, pollutants, work plan categories,
# national programmes, chair rotation rules, cities and their peer reviews, forum
# participation, species — entered here.


class InscriptionInline(admin.TabularInline):
    model = Inscription
    extra = 0


@admin.register(Site)
class SiteAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["name", "state", "kind", "status", "network"]
    list_filter = ["kind", "status", "state", "network"]
    search_fields = ["name"]
    filter_horizontal = ["states", "projects"]
    inlines = [InscriptionInline]


@admin.register(SiteSheet)
class SiteSheetAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["site", "version", "status", "submitted_on", "validated_on"]
    list_filter = ["status"]


@admin.register(NominationStep)
class NominationStepAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["site", "step", "date", "meeting", "decision"]
    raw_id_fields = ["decision"]


@admin.register(Inscription, NetworkCount, Pollutant, WorkPlanCategory, NationalProgramme)
class NetworkFactAdmin(SecretariatAdmin):
    pass


@admin.register(RotationRule)
class RotationRuleAdmin(SecretariatAdmin):
    list_display = ["body", "term_months", "first_term_start", "adopted_by"]
    raw_id_fields = ["adopted_by"]


@admin.register(ExpertNomination)
class ExpertNominationAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["state", "purpose", "status", "as_of"]
    list_filter = ["status", "purpose"]
    raw_id_fields = ["requested_by"]


class RecommendationInline(admin.TabularInline):
    model = Recommendation
    extra = 0


@admin.register(City)
class CityAdmin(SecretariatAdmin):
    list_display = ["name", "state", "programme"]
    list_filter = ["state"]


@admin.register(PeerReview)
class PeerReviewAdmin(SecretariatAdmin):
    list_display = ["city", "year", "partner"]
    inlines = [RecommendationInline]


@admin.register(Recommendation, ForumParticipation)
class CityFactAdmin(SecretariatAdmin):
    pass


@admin.register(Species)
class SpeciesAdmin(SecretariatAdmin):
    list_display = ["common_name", "scientific_name", "order"]
    filter_horizontal = ["range_states", "sites", "projects"]
