from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.finance.models import (
    BudgetLine,
    BudgetPlan,
    Contribution,
    ExchangeRate,
    Expenditure,
    Fund,
    Receipt,
)

# Editable: funds, exchange rates and budget plans with their lines, which no service writes
# (entered here). Read only: contributions, receipts and expenditure, recorded on their pages and
# by the imports (finance.services).


@admin.register(Fund)
class FundAdmin(SecretariatAdmin):
    list_display = ["name", "key", "kind", "currency"]


@admin.register(ExchangeRate)
class ExchangeRateAdmin(SecretariatAdmin):
    list_display = ["currency", "to_currency", "date", "rate"]
    list_filter = ["currency"]


@admin.register(Contribution)
class ContributionAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["__str__", "kind", "amount", "currency", "status", "published"]
    list_filter = ["fund", "state", "year", "status", "kind", "published"]


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    extra = 0


@admin.register(BudgetPlan)
class BudgetPlanAdmin(SecretariatAdmin):
    list_display = ["__str__", "approved_at", "approved_by"]
    raw_id_fields = ["approved_by"]
    inlines = [BudgetLineInline]


@admin.register(BudgetLine)
class BudgetLineAdmin(SecretariatAdmin):
    list_display = ["plan", "category", "year", "amount", "change"]


@admin.register(Expenditure)
class ExpenditureAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["fund", "date", "category", "amount", "currency"]
    list_filter = ["fund", "category"]


@admin.register(Receipt)
class ReceiptAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["contribution", "date", "amount"]
    list_filter = ["contribution__fund"]
