from django.urls import path

from neaspec.finance import views

app_name = "finance"
urlpatterns = [
    path("funds/", views.fund_list, name="funds"),
    path("funds/import/", views.finance_import, name="import"),
    path("funds/<slug:key>/", views.fund_detail, name="fund"),
    path("contributions/", views.contribution_status, name="contributions"),
    path("contributions/new/", views.contribution_add, name="contribution_add"),
    path("contributions/export.<slug:fmt>", views.contributions_export, name="export"),
    path("contributions/<int:pk>/", views.contribution_detail, name="contribution"),
    path("contributions/<int:pk>/pledge/", views.contribution_pledge, name="pledge"),
    path("contributions/<int:pk>/receive/", views.contribution_receive, name="receive"),
    path(
        "contributions/<int:pk>/not-received/",
        views.contribution_not_received,
        name="not_received",
    ),
    path("contributions/<int:pk>/confirm/", views.contribution_confirm, name="confirm"),
]
